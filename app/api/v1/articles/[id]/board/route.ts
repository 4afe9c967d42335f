// The article as its board loads it: the text, and every claim as a compact row
// (lib/claims/board-rows.ts), serialised once while nothing changes.
import { readBoard } from '@/lib/articles/board-data';
import { jsonText, route } from '@/lib/auth/route';

export const GET = route<{ id: string }>('articles.read', ({ actor, params }) => jsonText(readBoard(params.id, actor).payload));
