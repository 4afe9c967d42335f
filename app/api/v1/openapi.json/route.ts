import { openApiDocument } from '@/lib/api/openapi';
import { route } from '@/lib/auth/route';

export const GET = route(null, () => openApiDocument);
