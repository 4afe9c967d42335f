// Page furniture pasted along with a story: promotions and subscription prompts, teasers for
// other stories and "related" lists, navigation and sharing links, correction notes. None of it
// is the news, so none of it is offered as a claim.

// A line that asks the reader to do something for the publisher.
const PROMO = /^(?:subscribe|sign (?:up|in)|log ?in|register (?:now|for|to)|already a (?:subscriber|member)|become a (?:member|subscriber)|support (?:our|independent|quality) journalism|download (?:our|the) app|get (?:our|the) (?:newsletter|app|latest)|follow us|share (?:this|on)|click here|advertisement|sponsored|skip to|copy link|listen to this article|this article is (?:for|only available to) subscribers)\b|\b(?:subscribe (?:now|today)|to continue reading|unlimited (?:digital )?access|free trial|newsletters?\b.*\bsign up|sign up\b.*\bnewsletters?|your inbox)\b/i;
// A label that opens a teaser for another story: "READ MORE: …", "Related: …", "Watch: …".
const TEASER = /^(?:read (?:more|next|also)|related(?: stories| coverage| articles| content)?|see also|also read|more (?:on|about) (?:this|that)(?: story)?|more from [\p{L} ]{1,30}|watch|listen|recommended|most (?:read|popular|viewed)|trending(?: now)?|you (?:may|might) (?:also )?like|top stories|editor'?s picks)\s*[:|›»>–—-]/iu;
// A heading that starts a list of other stories: the lines under it are teasers too.
const LIST_HEADING = /^(?:related(?: stories| coverage| articles| content| topics)?|more (?:stories|on this story|from [\p{L} ]{1,30})|read more|see also|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|you (?:may|might) (?:also )?like|top stories|latest(?: news| stories)?|editor'?s picks)$/iu;
// A note about the story itself: "Correction: An earlier version…", "This story has been updated".
const CORRECTION = /^(?:correction|clarification|editor['’]?s note|update(?:d)?)\s*(?:\(|:|[-–—]\s)|^an earlier version of this (?:story|article|report)|^this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)/i;
// "Home | World | Europe", "Share › Facebook › Twitter": words strung on separators.
const NAVIGATION = /^[^.!?]{0,120}$/;
const SEPARATED = /\s[|›»>·]\s/g;

/** Whether a line is page furniture on its own (promo, teaser, correction note, navigation). */
export function isFurniture(line: string): boolean {
  const s = line.trim();
  if (PROMO.test(s) || TEASER.test(s) || CORRECTION.test(s)) return true;
  return NAVIGATION.test(s) && (s.match(SEPARATED)?.length ?? 0) >= 2;
}

/** Whether a line heads a list of other stories ("Related", "More stories", "Most read"). */
export const opensStoryList = (line: string): boolean => LIST_HEADING.test(line.trim().replace(/[:.]$/, ''));
