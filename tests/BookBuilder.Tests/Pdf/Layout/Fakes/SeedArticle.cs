namespace BookBuilder.Tests.Pdf.Layout.Fakes;

/// <summary>The first book's seed article, kept with the tests so they need no outside files.</summary>
public static class SeedArticle
{
    public const string Text = """"
🇮🇱🤝🇷🇺
Israel, Russia... Are They Friends or Enemies?
Table of Contents
- Introduction
- History of Israel-Russia
Relations
- Soviet Support for Israel's Formation
- Severing Ties after the Six-Day War
- Renewed Cooperation in the 1990s
- Putin's Russia and Israel
- Military Coordination in Syria
- Containing Iran's Influence
- Trade and Cultural Exchanges
- Remaining Sources of Tension
- Russian Alliances with Israel's Enemies
- Conflicting Interests in Syria
- The Future of Israel-Russia
Ties
- Conclusion
- FAQs
🇮🇱🤝🇷🇺 Israel, Russia... Are they friends
or enemies?
Introduction
The relationship between Israel
and Russia has undergone profound shifts over the past 75 years. Israel,
Russia... Are they friends or enemies? At times, the two countries have
actively collaborated while at other periods, they have severed ties and even
engaged in proxy battles.
Understanding the complex
dynamics between Jerusalem and Moscow requires examining how geopolitics,
security interests, trade, and cultural ties have both united these two
powerful nations and pushed them apart across different eras.
History of Israel-Russia
Relations
Soviet
Support for Israel's Formation
In 1947, the Soviet Union
actually played a crucial role in Israel's founding as an independent state.
Moscow voted to approve the UN partition plan calling for an Arab and Jewish
homeland in the British mandate of Palestine.
Early Israeli leaders like David
Ben Gurion had previously lived in Russia and worked to cultivate a strategic
partnership with Moscow. This bore fruit with important Czechoslovakian arms
transfers to the new Israeli military during the 1948 Arab-Israeli war.
However, relations would soon
unravel over ideological differences and Cold War rivalries.
🤝👎
Severing
Ties after the Six-Day War
The 1967 Six-Day War marked a
pivotal moment as the Soviet Union cut diplomatic ties and began firmly backing
Israel's enemies including Egypt, Syria, and anti-Western Arab nationalist
regimes. Arms shipments and military advisors poured into the region from
Moscow.
For over 20 years, the two
nations clashed via these proxies in a series of conflicts including the War of
Attrition from 1967-1970 and the October 1973 Yom Kippur War.
Renewed
Cooperation in the 1990s
After the Cold War ended, Russia
and Israel slowly rebuilt working relations during the 1990s. Many Soviet Jews
immigrated to Israel, forming an important cultural bridge. Economic and
security engagement gradually increased.
This set the stage for far more
strategic coordination against shared threats in the Putin era.
Putin's Russia and Israel
Military
Coordination in Syria
Over the last decade, Israel and
Russia have closely coordinated their military activities in Syria, despite
being on opposing sides. Nearly weekly discussions between defense officials
help prevent accidental clashes and tamp down potential crises.
Moscow has generally given Israel
leeway to strike Iranian assets and Hezbollah targets that threaten Israel's
security from Syrian soil. In return, Israel often gives advance warning of
attacks to avoid endangering Russian troops.
Containing Iran's Influence
A key area of alignment has been
a shared desire to limit Iran's military footprint in Syria and the broader
Middle East.
Russia itself views many
Iranian-backed militias as destabilizing forces that undermine its regional
interests. As Iran's nuclear program accelerates, Israel also sees Russia as an
important player in containing Tehran's ambitions.
🤝👍
Trade and
Cultural Exchanges
People-to-people ties have
blossomed with over one million Russians and Russian-speakers now living in
Israel, making up some 15-20 percent of the population. This demographic serves
as an influential bridge.
Bilateral trade has surged to
around $5 billion annually in recent years as Israel provides a hi-tech hub for
Russian companies and startups in areas like cybersecurity and digital health.
Agricultural imports from Russia have also risen as the two economies find
areas of complementarity.
Remaining Sources of Tension
However, some enduring sources of
competition and distrust persist that prevent a full rapprochement between
Israel and Russia.
Russian
Alliances with Israel's Enemies
First, Russia maintains close
relations with adversaries like Iran and Hezbollah's parent organization in
Lebanon. Russia has provided sophisticated weaponry and technical assistance
with Tehran's nuclear and missile programs according to Israeli intelligence.
Moscow also appears reluctant to
sever energy and economic ties with Iran which provide important leverage
against Western sanctions.
Conflicting Interests in Syria
Israel also charges that Russia
has turned a blind eye to Iran's efforts to transfer weapons to Hezbollah
through Syria and embed itself in areas near Israel's borders. This could
threaten vital security red lines for Israel.
There are likewise tensions
around opposing visions for Syria’s future as Moscow looks to reassert control
through the Assad regime while Israel sees no peaceful future under his
continued leadership.
🤔
The Future of Israel-Russia Ties
Russia and Israel clearly have
some convergent interests in Syria and containing Iran's influence. But
enduring distrust rooted in Cold War rivalries and clashing regional security
imperatives persist.
Much depends on Russia's larger
strategic direction under Vladimir Putin and whether zero-sum mentalities
focused on spheres of influence eclipse cooperation against shared threats.
With wise, pragmatic leadership
that builds trust through small positive steps, selective collaboration could
continue. But relations remain delicate and reversible as the Ukraine war
destabilizes Russia's role in the Middle East.
Conclusion
Israel, Russia... Are they
friends or enemies? There is no simple binary answer as both cooperative
and rival dimensions shape this complex association depending on the timeframe
and issue at stake.
Geopolitical realism intermixed
with cultural affinities defines a fluid partnership that resides in the gray
zone between alliance and adversity. While the relationship is not entirely
harmonious, shared interests around containing Iran and stabilizing Syria
facilitate tactful coordination rather than overt confrontation.
A prudent Israeli approach
understands Russia can selectively collaborate but also poses threats through
alliances with Iran and Syria. Calibrated expectations call for vigilance and
guarded interaction aimed at pragmatic risk management rather than aspirations
for genuine friendship.
FAQs
What role did the Soviet Union play in the
founding of Israel?
Answer: The Soviet Union supported the 1947 UN General Assembly
partition plan for Palestine which called for an independent Jewish state,
unlike Britain and the United States which preferred a federated one state
solution at the time. Moscow later provided important diplomatic backing and
arms transfers to the new state of Israel during the 1948 Arab-Israeli war
including critical Czechoslovakian weapons acquisitions. However, within a few
years, Cold War tensions led to severing of relations between the communist
Soviet Union and Israel on opposing sides.
Why did Russia and Israel rebuild ties after the
Cold War?
Answer: The opening between Russia and Israel emerged due to three
driving forces in the 1990s. First, over one million Soviet Jews immigrated to
Israel following the USSR's dissolution, forming an influential cultural
bridge. Second, with the Cold War receding, economic data security interests
and incentives for trade supplanted ideological battles as prime motivators
Third, facing shared threats like radical Sunni Islamism and Iran's nuclear
pursuits created impetus to quietly cooperate on intelligence and counterterrorism.
Do Russia and Israel coordinate military
activities in Syria? Why?
Answer: Yes, Israel and Russia have established a deconfliction
mechanism to coordinate Israel's air campaign against Iranian assets and
Hezbollah and Russia's support for the Syrian regime. Nearly weekly meetings
between defense officials help avoid accidental conflict and escalation that
neither side wants. Russia also seeks to use this channel to restrain Israeli
strikes from undermining its broader position in Syria by threatening regime
stability. For its part, Israel leverages these talks to drive efforts limiting
Iran’s military presence targeting Israel from Syrian soil.
What are the main sources of tensions between
Israel and Russia?
Answer: Major tensions emanate from Russia's continued ties with
Israeli adversaries like Iran and Syria. This includes technical military
assistance to Iran's nuclear and missile programs while avoiding strong
pressure over Tehran's regional aggression. Israel also criticizes Russia for
enabling Iran to transfer weapons through Syria to Lebanese Hezbollah. Russia's
support for keeping Bashar al-Assad in power also collides with Israel's
position that no peaceful future exists under Assad postwar. Economic interests
with Iran including energy trade also limit Russia's willingness to isolate
Tehran.
Could Israel and Russia ever become genuine
friends? What are the obstacles?
Answer: While selective security and economic cooperation driven by
pragmatic self-interest occurs, genuine friendship faces major roadblocks.
Russia still declines to recognize Jerusalem as Israel's capital. Perceived
threats from NATO expansion and Western ties also stoke tensions with Israel
caught in broader geopolitical competitions. Russia's backing of Syrian
President Assad against Sunni rebels also elevates tensions. Affinity from a
million Russian-Israeli citizens only partially mitigates these clashes over
core national interests.
"""";
}
