// Every kind of background job the runner knows. A domain that adds a job imports its
// definition file here (one line), so the runner can run it.
import '@/lib/matching/match-article-job';
import '@/lib/matching/word-stats-job';
import '@/lib/search/maintenance-job';
import '@/lib/notifications/deadline-job';
import '@/lib/outbox/delivery-job';
