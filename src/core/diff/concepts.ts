/**
 * The concepts of the domain: the words that drafts of a settlement of the Russia–Ukraine war use
 * for one thing ("army", "armed forces", "troops"; "ceasefire", "truce"; "prisoners",
 * "detainees", "hostages"), each concept under one topic of the project's closed list
 * (`src/core/model/topics.ts`) or none. Two points that say the same thing in other words then
 * share the concept (`evidence.ts`), and a draft imported without topics gets its topics from its
 * text. Written for any draft about this war, not for the bench's sentences:
 * - the topics are the closed list of issue #2, whose names are the subjects every reported draft
 *   argues over (shared/brief/plan-versions.md §1: the tag columns);
 * - the words are the standard vocabulary of the agreements and documents on this war: the Minsk
 *   Protocol (5 Sep 2014) and Package of Measures (12 Feb 2015: ceasefire, withdrawal, OSCE
 *   monitoring and verification, local elections, pardon and amnesty, release and exchange of
 *   hostages and unlawfully detained persons "all for all", humanitarian aid, the line of contact,
 *   constitutional reform), the Istanbul communiqué (29 Mar 2022: permanent neutrality, non-nuclear
 *   status, guarantor states, an Article-5-like mechanism, no foreign bases or troops), the Black
 *   Sea Grain Initiative (22 Jul 2022: navigation, grain, ports), UN General Assembly resolutions
 *   ES-11/1 and ES-11/4 (aggression, sovereignty, territorial integrity, annexation), the ICC
 *   warrants of 17 Mar 2023 (unlawful deportation and transfer of children), the G7's immobilised
 *   Russian sovereign assets, and the IAEA's presence at the Zaporizhzhia plant;
 * - plain synonyms and inflections of those words in English (spelled both ways where British
 *   and American spelling differ). Inflections are also caught by the stemmer (`evidence.ts`).
 *
 * One line per concept: `concept topic: term, term, …` (`-`: no topic). A term of several words is
 * a phrase, matched word by word on stems. A word with two senses is left out where its other
 * sense is common in the drafts: "remains" (bodies / stays), "return" (to war, of sanctions),
 * "free" and "frees" (free trade), "forces" (stems as "by force"), "land" (ceasefires "in the air, on land and at sea"), "base"
 * (based on); and a word whose stem is another word's: "minors" ("minorities"), "arms"
 * ("armed"), "accession" ("access").
 */
// prettier-ignore
export const CONCEPTS = `ceasefire ceasefire: ceasefire, truce, armistice, cease fire, cessation of hostilities
war -: war, wartime, hostilities, conflict, fighting, warfare
violation -: violation, violate, breach, infringement
monitoring -: monitor, monitoring, verification, verify, observer, observe, oversee, supervision, supervise, watch over
withdrawal -: withdraw, withdrawal, pullback, pull back, retreat
escalation security: escalation, de-escalation, escalate
military armed-forces: army, armed forces, military, troops, troop, soldiers, servicemen, personnel, contingent
limit -: cap, capped, limit, limitation, restriction, restrict, ceiling
weapons armed-forces: weapon, weapons, missile, missiles, munitions, armament, defence industry, defense industry
aircraft -: aircraft, fighter jets, jets, air force, warplanes
deployment -: deploy, deployment, deployed, station, stationed, stationing, military base, military bases
membership -: member, membership, join, accede, admit, admission, enlargement
neutrality nato: neutral, neutrality, non-aligned, non-bloc
nato nato: nato, north atlantic treaty
guarantee security-guarantees: guarantee, guarantor, assurance, reassurance, article 5, security commitments
aggression security: aggression, aggressor, invade, invasion, attack, assault, offensive
security security: security
sovereignty sovereignty: sovereignty, independence, territorial integrity, self-determination
territory territory: territory, territorial, lands, region, oblast, border, frontier, occupied, occupation, annexation, annex, crimea, sevastopol, donbas, donetsk, luhansk, kherson, zaporizhzhia, kharkiv, sumy, mykolaiv, dnipropetrovsk
frontline territory: line of contact, contact line, line of control, front line, frontline, demarcation line
recognition territory: recognise, recognised, recognize, recognized, recognition, de facto, de jure
demilitarisation -: demilitarised, demilitarized, demilitarisation, demilitarization, buffer zone
sanctions sanctions: sanction, sanctions, embargo, restrictive measures
assets frozen-assets: asset, assets, reserves, frozen funds, immobilised, immobilized, central bank
freeze -: frozen, freeze, unfreeze, unfrozen
reconstruction reconstruction: reconstruction, reconstruct, rebuild, rebuilt, rebuilding, recovery, redevelopment
compensation -: compensation, compensate, compensated, reparations, damages
finance economy: fund, funds, financing, finance, financial, investment, invest, investor, world bank, imf
economy economy: economy, economic, trade, market, commercial, business, prosperity, export, import, tariff
energy economy: energy, gas, oil, electricity, power, pipeline, grid
resources economy: resources, minerals, rare earth, mining, natural resources
cooperation -: cooperation, cooperate, partnership, joint
nuclear nuclear: nuclear, atomic, npt, non-proliferation, iaea, npp
humanitarian humanitarian: humanitarian, relief
captives humanitarian: prisoner, prisoners, pow, pows, captive, detainee, detainees, detained, detention, hostage, hostages
exchange humanitarian: exchange, exchanged, all for all
children humanitarian: child, children, orphans
deportation humanitarian: deport, deported, deportation, abducted, abduction, forcibly transferred, displaced
family humanitarian: family, families, reunification, reunite, reunited, relatives
victims humanitarian: victim, victims, suffering, wounded, casualties
release humanitarian: release, released, freed, liberate
elections elections: election, elections, electoral, vote, voting, ballot, polls, referendum
amnesty amnesty: amnesty, pardon, impunity, war crimes, accountability, tribunal, prosecution
legislation governance: law, laws, legislation, legislative, statute, statutes, constitution, constitutional, ratify, ratification, parliament, duma, rada, congress
binding governance: binding, enforceable
council governance: council, board
implementation -: implementation, implement, implemented, enforcement, enforce
minorities governance: minority, minorities, linguistic, language, religious, religion, church
tolerance governance: tolerance, intolerance
discrimination governance: discrimination, discriminatory, racism, prejudice, xenophobia
nazism governance: nazi, nazism, neo-nazi, denazification, extremism, fascism
education governance: education, educational, school, schools, teach, teaching
media governance: media, press, journalists, broadcasting
navigation economy: navigation, shipping, shipped, ship, ships, passage, transit, maritime, port, ports, grain, river
agreement -: agreement, deal, memorandum, accord, treaty, treaties, pact, settlement, framework
negotiation -: talks, negotiation, negotiations, negotiate, dialogue, discuss, discussion, consultations, mediate, mediation
peace -: peace, peaceful`;
