// Auth.js's own sign-in/sign-out endpoints; they check credentials themselves.
import { handlers } from './auth';

export const { GET, POST } = handlers;
