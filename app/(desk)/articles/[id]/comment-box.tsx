'use client';
// The comment box, with @mentions: typing "@" and the start of a name suggests desk members
// who can read this article, in an accessible combobox (arrow keys, Enter or Tab to pick,
// Escape to close). A pick inserts "@Name" and remembers the account, which is sent as
// `mentions`; the server checks once more that each of them may read the article.
import { useEffect, useId, useRef, useState } from 'react';
import { ShownText } from '@/app/_components/shown-text';
import { api } from '@/app/_lib/api-client';
import type { BoardPerson } from './board-types';

interface Props {
  articleId: string;
  claimId: string;
  onPost: (body: string, mentions: string[]) => Promise<boolean>;
}

/** The "@word" being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const m = /(^|\s)@([\p{L}\p{M}'’.-]{0,40})$/u.exec(text.slice(0, caret));
  return m ? { start: caret - m[2]!.length - 1, query: m[2]! } : null;
}

export function CommentBox({ articleId, claimId, onPost }: Props) {
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<BoardPerson[]>([]);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [options, setOptions] = useState<BoardPerson[]>([]);
  const [active, setActive] = useState(0);
  const [posting, setPosting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const open = query !== null && options.length > 0;

  useEffect(() => {
    if (!query) return;
    let live = true;
    const t = setTimeout(() => {
      api<{ people: BoardPerson[] }>(`/api/v1/articles/${encodeURIComponent(articleId)}/mentionable?q=${encodeURIComponent(query.query)}`)
        .then((r) => { if (live) { setOptions(r.people); setActive(0); } })
        .catch(() => live && setOptions([]));
    }, 120);
    return () => { live = false; clearTimeout(t); };
  }, [articleId, query]);

  function track(text: string, caret: number) {
    setBody(text);
    setQuery(mentionQuery(text, caret));
  }

  function choose(person: BoardPerson) {
    if (!query) return;
    const caret = query.start + 1 + query.query.length;
    const next = `${body.slice(0, query.start)}@${person.name} ${body.slice(caret)}`;
    setBody(next);
    setPicked((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    setQuery(null);
    setOptions([]);
    const at = query.start + person.name.length + 2;
    requestAnimationFrame(() => input.current?.setSelectionRange(at, at));
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      choose(options[active]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery(null);
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // Only people whose "@Name" is still in the text are mentioned.
    const mentions = picked.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id);
    setPosting(true);
    const ok = await onPost(body, mentions);
    setPosting(false);
    if (ok) {
      setBody('');
      setPicked([]);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <form className="relative mt-2 flex gap-2" onSubmit={submit}>
      <label className="sr-only" htmlFor={`comment-${claimId}`}>Comment (type @ to mention someone)</label>
      <input id={`comment-${claimId}`} ref={input} name="body" required maxLength={5000} value={body} autoComplete="off"
        role="combobox" aria-autocomplete="list" aria-expanded={open} aria-controls={listId}
        aria-activedescendant={open ? optionId(active) : undefined}
        onChange={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart ?? e.currentTarget.value.length)}
        onKeyDown={onKeyDown} onBlur={() => setTimeout(() => setQuery(null), 150)}
        className="flex-1 rounded border border-gray-400 px-2 py-1 text-sm" placeholder="Write a comment; type @ to mention someone" />
      <button type="submit" disabled={posting} className="rounded border border-gray-400 px-2 py-1 text-sm">Post</button>
      <ul id={listId} role="listbox" aria-label="People to mention" hidden={!open}
        className="absolute left-0 top-full z-20 mt-1 max-h-56 w-72 overflow-y-auto rounded border border-gray-300 bg-white py-1 shadow">
        {options.map((p, i) => (
          <li key={p.id} id={optionId(i)} role="option" aria-selected={i === active}
            onMouseDown={(e) => { e.preventDefault(); choose(p); }}
            className={`cursor-pointer px-2 py-1 text-sm ${i === active ? 'bg-gray-900 text-white' : 'hover:bg-gray-100'}`}>
            <ShownText text={p.name} />{p.role && <span className={i === active ? 'text-gray-200' : 'text-gray-700'}> · {p.role}</span>}
          </li>
        ))}
      </ul>
    </form>
  );
}

/** A comment's text with the people it mentions shown as names, set apart. */
export function CommentText({ body, mentions = [] }: { body: string; mentions?: BoardPerson[] }) {
  const names = mentions.map((m) => `@${m.name}`).sort((a, b) => b.length - a.length);
  if (names.length === 0) return <span className="whitespace-pre-wrap">{body}</span>;
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = body.split(new RegExp(`(${escaped.join('|')})`, 'g'));
  const unseen = mentions.filter((m) => !body.includes(`@${m.name}`));
  return (
    <span className="whitespace-pre-wrap">
      {parts.map((part, i) => (names.includes(part) ? <strong key={i} className="rounded bg-blue-50 px-0.5 font-semibold text-blue-900"><ShownText text={part} /></strong> : part))}
      {unseen.length > 0 && <span className="text-gray-700"> (mentions {unseen.map((m, i) => <span key={m.id}>{i > 0 && ', '}<ShownText text={m.name} /></span>)})</span>}
    </span>
  );
}
