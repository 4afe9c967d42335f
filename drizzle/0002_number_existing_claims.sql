-- Number the claims that existed before claim numbers, by their position in the article
-- (start, then end, then age), and remember the highest number per article so that none is
-- given twice. UPDATE … FROM ranks every claim once (a correlated subquery would re-rank per row).
UPDATE `claims` SET `number` = `ranked`.`n`
FROM (
  SELECT `id`, row_number() OVER (PARTITION BY `article_id` ORDER BY `start`, `end`, `created_at`, `id`) AS `n` FROM `claims`
) AS `ranked`
WHERE `ranked`.`id` = `claims`.`id`;--> statement-breakpoint
UPDATE `articles` SET `last_claim_number` = `top`.`n`
FROM (SELECT `article_id`, max(`number`) AS `n` FROM `claims` GROUP BY `article_id`) AS `top`
WHERE `top`.`article_id` = `articles`.`id`;
