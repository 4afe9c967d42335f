export { GET, POST } from '@/auth-handlers';
