/**
 * English function words, and the reporting verbs of news copy ("said", "according"), that say
 * nothing about which claim a passage makes: left out of word similarity and of names.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although am among an and any are as at be because been before being
  below between both but by can could did do does doing down during each either else even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its itself just
  least less let like many may me meanwhile might more most much must my myself neither no nor not now of off on once
  only or other others our ours ourselves out over own per perhaps rather same several shall she should since so some
  still such than that the their theirs them themselves then there these they this those though through thus to too
  under until up upon us very was we were what when where whether which while who whom whose why will with within
  without would yet you your yours yourself
  according added adding says said say saying told tell tells claimed claims claim reported reporting reportedly stated
  announced noted insisted insisting described describing calling called stressing
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday
  week weeks day days month months year years today yesterday
  alone far yet already among amid including include includes included`
    .split(/\s+/)
    .filter(Boolean),
);
