# newsgraph built-in lexicon: cue words of the relation rules (SCHEMA §2).
#
# [cue] fields: family, forms separated by |. Forms are matched case-insensitively, token by
# token; a multi-word form must appear as written. The family decides the syntax the rule
# expects around the cue:
#   meet-verb       A <cue> B                       "Putin met Witkoff", "Blair hosted Rice"
#   meet-with-verb  A <cue> with B                  "Shultz held talks with Shevardnadze"
#   meet-noun       a <cue> between A and B; A's <cue> with B; <cue> with B (A from context)
#   meet-passive    B was <cue> by A                "was received by", "was hosted by"
#   meet-join       A ..., <cue> C                  "joined by", "accompanied by": C sides with A
#   meet-attend     the last meeting gains participants  "Also due to attend are X and Y"
#   meet-plural     A and B <cue>                   "Blair and Chirac met"
#   meet-planned    modal before a meet cue that still counts ("will meet")
#   meet-negation   a word that cancels the meeting ("refused to meet", "cancelled")
#   demand-object   A <cue> B to ...                "urged Yoon to step down", "called on X to"
#   demand-verb     A <cue> (that) ...               "demanded that Ukraine withdraw"
#   demand-for      A <cue> ...                      "called for a ceasefire"
#   demand-noun     A's <cue> for ...                "Russia's demand for control over ..."
#   advice          A's <cue> to B; A <cue> B        "his advice to the PM", "warned Blair that"
#   say             speech verbs: who speaks is a person or an office
#   past            marks the office that follows as past
#   meeting-anaphor a noun that refers back to the article's last meeting ("the meeting")

[cue]
meet-verb	met|meet|meets|meeting|hosted|hosts|host|hosting|received|receives|receive|receiving|welcomed|welcomes|welcome|welcoming|greeted|greets|visited|visits|visiting|telephoned|phoned|rang|hosted talks for
meet-with-verb	met|meet|meets|meeting|held talks|holds talks|hold talks|holding talks|had talks|has talks|opened talks|opens talks|began talks|begins talks|start talks|started talks|talked|talks|talking|spoke|speaks|spoken|speaking|spoke by phone|spoke by telephone|conferred|confers|negotiated|negotiates|negotiating|sat down|sits down|shook hands|held a meeting|holds a meeting|had a meeting|held discussions|had discussions|held a call|had a call|had a phone call|held a phone call|had a telephone call|consulted|consults|discussed|discusses|met privately|met separately|had dinner|dined
meet-noun	meeting|meetings|talks|summit|call|phone call|telephone call|conversation|discussions|discussion|negotiations|dialogue|encounter|engagements|engagement|session|audience|visit|handshake|encounters
meet-passive	received|hosted|welcomed|met|greeted|visited
meet-join	joined by|accompanied by|alongside|flanked by
meet-attend	attend|attends|attended|attending|attendees|participants|included|includes|include|involved|involves|brought together|brings together|was attended by|were attended by|took part|take part|taking part|were present|was present|participated|participate
meet-plural	met|meet|will meet|held talks|hold talks|have met|had met|talked|spoke|shook hands|conferred|sat down|discussed|held a meeting|held a joint news conference|held a joint press conference
meet-planned	will|would|to|plans to|is due to|are due to|is expected to|are expected to|is set to
meet-negation	refused|refuses|refusing|declined|declines|cancelled|canceled|postponed|called off|scrapped|won't|wouldn't|not|never|unable|rejected|snubbed
demand-object	urged|urges|urging|urge|called on|calls on|call on|calling on|called upon|calls upon|pressed|presses|pressing|pressured|pressures|demanded|demands|ordered|orders|told|asked|asks|implored|begged|appealed to|challenged|warned|warns
demand-verb	demanded|demands|demanding|demand|insisted|insists|insisting|insist
demand-for	called for|calls for|call for|calling for|pushed for|pushes for|pressed for|presses for|appealed for|appeals for|asked for|asks for|demanded|demands
demand-noun	demand|demands|ultimatum|call|calls|insistence|request|requests|appeal|appeals
advice	advice|advised|advises|advising|counselled|counseled
say	said|says|say|told|tells|tell|added|adds|stated|states|declared|declares|announced|announces|noted|notes|argued|argues|insisted|insists|warned|warns|explained|explains|recounted|recalls|recalled|replied|replies|continued|continues|emphasised|emphasized|claimed|claims|tweeted|tweets|wrote|writes|commented|comments|acknowledged|acknowledges|confirmed|confirms|denied|denies|asked|asks|urged|urges|vowed|vows|pledged|pledges|conceded|concedes|countered|counters|admitted|admits|suggested|suggests|believes|believed|thinks|thought|predicted|predicts|estimated|expects|expected|reported|reports|agreed|agrees|cautioned|cautions|stressed|stresses|signalled|signaled|indicated|indicates|responded|responds|remarked|observed|testified|testifies|accused|accuses|criticised|criticized|criticises|criticizes|condemned|condemns|dismissed|dismisses|described|describes|welcomed|welcomes
past	former|ex|then|erstwhile|late|outgoing
meeting-anaphor	meeting|talks|summit|session|encounter|discussions|negotiations|call|visit
