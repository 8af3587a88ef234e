<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>This is how the spoken guidance sounds. Breathe in slowly, and let it go.</source>
        <translation>So klingt die gesprochene Anleitung. Atmen Sie langsam ein, und lassen Sie es los.</translation>
    </message>
    <message>
        <source>Slower pace: {pace}.</source>
        <translation>Langsameres Tempo: {pace}.</translation>
    </message>
    <message>
        <source>Faster pace: {pace}.</source>
        <translation>Schnelleres Tempo: {pace}.</translation>
    </message>
    <message>
        <source>&quot;Now&quot; is the cue to tense: it is said as the tense phase begins, so a tense text must not start with it (it is said first, as the lead-in, before the cue)</source>
        <translation>„Jetzt“ ist das Zeichen zum Anspannen: Es wird gesagt, wenn das Anspannen beginnt, darum darf ein Anspanntext nicht damit anfangen (er wird zuerst gesagt, als Einleitung, vor dem Zeichen)</translation>
    </message>
    <message>
        <source>the lead-in (the name and the first sentence) is {words} words; keep it to about {most}, and put the rest after the first sentence</source>
        <translation>die Einleitung (der Name und der erste Satz) hat {words} Wörter; halten Sie sie bei etwa {most} und setzen Sie den Rest hinter den ersten Satz</translation>
    </message>
    <message>
        <source>&quot;Now&quot; is the cue to tense in this session: say it only there (start this sentence another way)</source>
        <translation>„Jetzt“ ist in dieser Übung das Zeichen zum Anspannen: Sagen Sie es nur dort (beginnen Sie diesen Satz anders)</translation>
    </message>
    <message>
        <source>&quot;{before}&quot; is still being said when &quot;{line}&quot; is due ({seconds} s too long for its place, at the default voice and rate): the session would wait for it. Give it more room (a longer step or quiet before it) or fewer words</source>
        <translation>„{before}“ wird noch gesprochen, wenn „{line}“ an der Reihe ist ({seconds} s zu lang für seinen Platz, mit der Standardstimme und -geschwindigkeit): Die Übung würde darauf warten. Geben Sie ihm mehr Raum (einen längeren Schritt oder Stille davor) oder weniger Wörter</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a chart&apos;s date tick</comment>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>the last 2 weeks</source>
        <translation>die letzten 2 Wochen</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>die letzten 3 Monate</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>das letzte Jahr</translation>
    </message>
    <message>
        <source>Over the last 2 weeks</source>
        <translation>In den letzten 2 Wochen</translation>
    </message>
    <message>
        <source>Over the last 3 months</source>
        <translation>In den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>Over the last year</source>
        <translation>Im letzten Jahr</translation>
    </message>
    <message>
        <source>Your tension after your first rated session was {rating}. The trend shows once more sessions are rated.</source>
        <translation>Ihre Anspannung nach Ihrer ersten bewerteten Übung war {rating}. Der Verlauf zeigt sich, sobald mehr Übungen bewertet sind.</translation>
    </message>
    <message>
        <source>Your tension after sessions was {mean} on average ({ratings}, on one day). The trend shows once sessions on more days are rated.</source>
        <translation>Ihre Anspannung nach den Übungen lag im Schnitt bei {mean} ({ratings}, an einem Tag). Der Verlauf zeigt sich, sobald Übungen an mehr Tagen bewertet sind.</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Seit {day}</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>two weeks</source>
        <translation>zwei Wochen</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>averages of the first and the last {part}: {early} and {late}</source>
        <translation>Mittelwerte des ersten und des letzten Zeitraums ({part}): {early} und {late}</translation>
    </message>
    <message>
        <source>{over}, your tension after sessions stayed about the same: {first}, then {last} ({basis}).</source>
        <translation>{over} blieb Ihre Anspannung nach den Übungen etwa gleich: {first}, dann {last} ({basis}).</translation>
    </message>
    <message>
        <source>{over}, your tension after sessions went down from {first} to {last} ({basis}).</source>
        <translation>{over} ist Ihre Anspannung nach den Übungen von {first} auf {last} gesunken ({basis}).</translation>
    </message>
    <message>
        <source>{over}, your tension after sessions went up from {first} to {last} ({basis}).</source>
        <translation>{over} ist Ihre Anspannung nach den Übungen von {first} auf {last} gestiegen ({basis}).</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Breathing and relaxation</source>
        <translation>Atmung und Entspannung</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is already used by {file}; this file is not loaded</source>
        <translation>die Kennung „{id}“ wird schon von {file} verwendet; diese Datei wird nicht geladen</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Twitching</source>
        <translation>Muskelzucken</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>Stiffness or aching</source>
        <translation>Steifheit oder Schmerzen</translation>
    </message>
    <message>
        <source>Tingling or light-headed during or just after breathing</source>
        <translation>Kribbeln oder Benommenheit während oder kurz nach dem Atmen</translation>
    </message>
    <message>
        <source>Short of air during breathing practice, settling within a minute of normal breathing</source>
        <translation>Luftnot während der Atemübung, die nach einer Minute normalen Atmens nachlässt</translation>
    </message>
    <message>
        <source>Muscle weakness</source>
        <translation>Muskelschwäche</translation>
    </message>
    <message>
        <source>A muscle getting smaller</source>
        <translation>Ein Muskel wird kleiner</translation>
    </message>
    <message>
        <source>Loss of coordination</source>
        <translation>Verlust der Koordination</translation>
    </message>
    <message>
        <source>Numbness or tingling that lasts or keeps coming back</source>
        <translation>Taubheit oder Kribbeln, das anhält oder immer wiederkommt</translation>
    </message>
    <message>
        <source>Spasms mostly during sleep</source>
        <translation>Krämpfe vor allem im Schlaf</translation>
    </message>
    <message>
        <source>Spasms on one side of the body only</source>
        <translation>Krämpfe nur auf einer Körperseite</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness on one side of the body</source>
        <translation>Plötzliche Schwäche oder Taubheit auf einer Körperseite</translation>
    </message>
    <message>
        <source>Face drooping, or trouble speaking or swallowing</source>
        <translation>Hängendes Gesicht, oder Mühe beim Sprechen oder Schlucken</translation>
    </message>
    <message>
        <source>New chest pain or pressure, or breathlessness at rest that does not settle</source>
        <translation>Neue Schmerzen oder Druck in der Brust, oder Atemnot in Ruhe, die nicht nachlässt</translation>
    </message>
    <message>
        <source>A sudden, severe headache</source>
        <translation>Ein plötzlicher, heftiger Kopfschmerz</translation>
    </message>
    <message>
        <source>Sudden confusion, or sudden loss of vision or balance</source>
        <translation>Plötzliche Verwirrtheit, oder plötzlicher Verlust des Sehens oder des Gleichgewichts</translation>
    </message>
    <message>
        <source>Fainting, or a first seizure</source>
        <translation>Ohnmacht, oder ein erster Krampfanfall</translation>
    </message>
    <message>
        <source>Weakness that spreads or gets worse over hours or days</source>
        <translation>Schwäche, die sich über Stunden oder Tage ausbreitet oder zunimmt</translation>
    </message>
    <message>
        <source>Severe muscle pain with dark, cola-coloured urine</source>
        <translation>Starke Muskelschmerzen mit dunklem, colafarbenem Urin</translation>
    </message>
    <message>
        <source>One calf swollen and painful (a possible blood clot)</source>
        <translation>Eine Wade geschwollen und schmerzhaft (möglicherweise ein Blutgerinnsel)</translation>
    </message>
    <message>
        <source>Call emergency services now (112 in Europe, 911 in North America, 999 in the UK, or your local emergency number). Signs like these can come from a stroke, a heart attack, a blood clot or another condition that needs treatment at once, where every minute counts. Do not wait to see whether it passes, and do not drive yourself.</source>
        <translation>Rufen Sie jetzt den Notruf (112 in Europa, 911 in Nordamerika, 999 im Vereinigten Königreich, oder Ihre örtliche Notrufnummer). Zeichen wie diese können von einem Schlaganfall, einem Herzinfarkt, einem Blutgerinnsel oder einer anderen Erkrankung kommen, die sofort behandelt werden muss und bei der jede Minute zählt. Warten Sie nicht ab, ob es vorübergeht, und fahren Sie nicht selbst.</translation>
    </message>
    <message>
        <source>If you have thoughts of harming yourself, call a crisis line now: 988 in the US and Canada, 116 123 (Samaritans) in the UK and Ireland, or your local emergency number.</source>
        <translation>Wenn Sie Gedanken haben, sich etwas anzutun, rufen Sie jetzt eine Krisen-Hotline an: 988 in den USA und Kanada, 116 123 (Samaritans) im Vereinigten Königreich und Irland, oder Ihre örtliche Notrufnummer.</translation>
    </message>
    <message>
        <source>Please have this checked by a doctor. Symptoms like this can come from conditions other than anxiety, and an examination is the way to find out. This is not a diagnosis. Relaxation practice is fine meanwhile if it feels comfortable.</source>
        <translation>Bitte lassen Sie das von einer Ärztin oder einem Arzt abklären. Beschwerden wie diese können von anderen Erkrankungen als Angst kommen, und eine Untersuchung ist der Weg, es herauszufinden. Dies ist keine Diagnose. Entspannungsübungen sind in der Zwischenzeit in Ordnung, wenn sie sich angenehm anfühlen.</translation>
    </message>
    <message>
        <source>Tingling or light-headedness during or just after breathing practice usually means breathing more than the body needs (over-breathing); feeling short of air at a slow pace usually means the pace or the holds are longer than is comfortable for now. Pause and breathe normally for a minute. Next time take smaller, gentler breaths, set the pace a little faster, or leave the holds out. If numbness or tingling lasts, or comes back away from practice, have it checked by a doctor; breathlessness at rest that does not settle, or chest pain, needs emergency help.</source>
        <translation>Kribbeln oder Benommenheit während oder kurz nach einer Atemübung bedeutet meist, dass Sie mehr atmen, als der Körper braucht (Überatmung); Luftnot bei einem langsamen Tempo bedeutet meist, dass das Tempo oder die Pausen im Moment länger sind, als angenehm ist. Unterbrechen Sie und atmen Sie eine Minute lang normal. Nehmen Sie beim nächsten Mal kleinere, sanftere Atemzüge, stellen Sie das Tempo etwas schneller, oder lassen Sie die Pausen weg. Wenn Taubheit oder Kribbeln anhält, oder auch außerhalb der Übung wiederkommt, lassen Sie es ärztlich abklären; Atemnot in Ruhe, die nicht nachlässt, oder Brustschmerzen brauchen Notfallhilfe.</translation>
    </message>
    <message>
        <source>Besides breathing and relaxation, these may ease cramps and twitching: gentle exercise and stretching (the calf and hamstring stretch before bed), enough water, enough sleep, and less caffeine and alcohol. Magnesium is unlikely to help ordinary cramps, and potassium supplements can be dangerous with kidney disease or some blood-pressure medicines: ask a doctor before taking supplements. Some medicines cause cramps (diuretics, statins, some asthma and blood-pressure drugs): a pharmacist can tell you. Cramps that come often deserve a check by a doctor.</source>
        <translation>Neben Atmung und Entspannung können diese Dinge Krämpfe und Muskelzucken lindern: sanfte Bewegung und Dehnen (die Waden- und Oberschenkeldehnung vor dem Schlafengehen), genug trinken, genug Schlaf, und weniger Koffein und Alkohol. Magnesium hilft bei gewöhnlichen Krämpfen wahrscheinlich nicht, und Kaliumpräparate können bei Nierenerkrankungen oder mit manchen Blutdruckmitteln gefährlich sein: fragen Sie eine Ärztin oder einen Arzt, bevor Sie Nahrungsergänzungsmittel nehmen. Manche Medikamente verursachen Krämpfe (Entwässerungsmittel, Statine, manche Asthma- und Blutdruckmittel): eine Apotheke kann es Ihnen sagen. Krämpfe, die oft kommen, sollten ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>{day} you logged: {symptoms}.</source>
        <translation>{day} haben Sie eingetragen: {symptoms}.</translation>
    </message>
    <message>
        <source>You logged {symptoms} (marked {marks}). Symptoms like these deserve a check by a doctor, because conditions other than anxiety can cause them.</source>
        <translation>Sie haben {symptoms} eingetragen (markiert mit {marks}). Beschwerden wie diese sollten ärztlich abgeklärt werden, weil auch andere Erkrankungen als Angst sie verursachen können.</translation>
    </message>
    <message>
        <source>If sudden one-sided weakness or numbness, a drooping face, trouble speaking or chest pain come again, call emergency services at once.</source>
        <translation>Wenn plötzliche einseitige Schwäche oder Taubheit, ein hängendes Gesicht, Mühe beim Sprechen oder Brustschmerzen wiederkommen, rufen Sie sofort den Notruf.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Eyes and upper cheeks</source>
        <translation>Augen und obere Wangen</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Right forearm</source>
        <translation>Rechter Unterarm</translation>
    </message>
    <message>
        <source>Right upper arm</source>
        <translation>Rechter Oberarm</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Left forearm</source>
        <translation>Linker Unterarm</translation>
    </message>
    <message>
        <source>Left upper arm</source>
        <translation>Linker Oberarm</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Rechter Oberschenkel</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Linker Oberschenkel</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source> (did you mean &quot;{key}&quot;?)</source>
        <translation> (meinten Sie „{key}“?)</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>strings</source>
        <translation>Zeichenketten</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value})</source>
        <translation>muss zwischen {low} und {high} liegen (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds (got {value})</source>
        <translation>muss zwischen {low} und {high} Sekunden liegen (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} minutes (got {value})</source>
        <translation>muss zwischen {low} und {high} Minuten liegen (gefunden: {value})</translation>
    </message>
    <message>
        <source> (keys of your own must start with &quot;x-&quot;)</source>
        <translation> (eigene Schlüssel müssen mit „x-“ beginnen)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>must be a whole number (got {value})</source>
        <translation>muss eine ganze Zahl sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be a number (got {value})</source>
        <translation>muss eine Zahl sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be a string (got {value})</source>
        <translation>muss eine Zeichenkette sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be {low}-{high} characters (got {count})</source>
        <translation>muss {low} bis {high} Zeichen lang sein (gefunden: {count})</translation>
    </message>
    <message>
        <source>must be at most {high} characters (got {count})</source>
        <translation>darf höchstens {high} Zeichen lang sein (gefunden: {count})</translation>
    </message>
    <message>
        <source>must be true or false (got {value})</source>
        <translation>muss true oder false sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be a list of {things} (got {value})</source>
        <translation>muss eine Liste von {things} sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must hold at least {low} {things} (got {count})</source>
        <translation>muss mindestens {low} {things} enthalten (gefunden: {count})</translation>
    </message>
    <message>
        <source>must hold {low}-{high} {things} (got {count})</source>
        <translation>muss {low} bis {high} {things} enthalten (gefunden: {count})</translation>
    </message>
    <message>
        <source>must hold at most {high} {things} (got {count})</source>
        <translation>darf höchstens {high} {things} enthalten (gefunden: {count})</translation>
    </message>
    <message>
        <source>invalid JSON: {reason}</source>
        <translation>ungültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>übersprungen: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>file is {size} bytes; a session script may be at most 1 MiB</source>
        <translation>die Datei hat {size} Bytes; eine Übungsdatei darf höchstens 1 MiB groß sein</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} at offset {offset})</source>
        <translation>kein UTF-8-Text (Byte {byte} an Position {offset})</translation>
    </message>
    <message>
        <source>the top level must be a JSON object (got {value})</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be the whole number {format} (got {value})</source>
        <translation>muss die ganze Zahl {format} sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>this script needs a newer RelaxApp (it is format {value}; this version reads format {format})</source>
        <translation>diese Datei braucht ein neueres RelaxApp (sie hat Format {value}; diese Version liest Format {format})</translation>
    </message>
    <message>
        <source>must be {format} (got {value})</source>
        <translation>muss {format} sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit (got {value})</source>
        <translation>muss aus 1 bis 64 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be a language tag such as &quot;en&quot; or &quot;de-CH&quot; (got {value})</source>
        <translation>muss ein Sprachkürzel wie „en“ oder „de-CH“ sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>needs at least two breathing steps at different paces to choose from</source>
        <translation>braucht mindestens zwei Atemschritte in verschiedenem Tempo zur Auswahl</translation>
    </message>
    <message>
        <source>the session&apos;s planned length must be between 10 seconds and 3 hours (got {length})</source>
        <translation>die geplante Länge der Übung muss zwischen 10 Sekunden und 3 Stunden liegen (gefunden: {length})</translation>
    </message>
    <message>
        <source>each step must be an object (got {value})</source>
        <translation>jeder Schritt muss ein Objekt sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>required, but missing (one of &quot;say&quot;, &quot;breathe&quot;, &quot;muscle&quot;)</source>
        <translation>erforderlich, fehlt aber (eines von „say“, „breathe“, „muscle“)</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>muss eines von {choices} sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be &quot;resonance&quot; (got {value})</source>
        <translation>muss „resonance“ sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>give either &quot;cycles&quot; or &quot;minutes&quot;, not both</source>
        <translation>geben Sie entweder „cycles“ oder „minutes“ an, nicht beides</translation>
    </message>
    <message>
        <source>needs &quot;cycles&quot; (how many breaths) or &quot;minutes&quot; (how long)</source>
        <translation>braucht „cycles“ (wie viele Atemzüge) oder „minutes“ (wie lange)</translation>
    </message>
    <message>
        <source>a cycle needs at least one inhale and one exhale</source>
        <translation>ein Zyklus braucht mindestens ein Einatmen und ein Ausatmen</translation>
    </message>
    <message>
        <source>an exhale cannot raise the fullness of the lungs (from {start} to {end})</source>
        <translation>ein Ausatmen kann die Füllung der Lunge nicht erhöhen (von {start} auf {end})</translation>
    </message>
    <message>
        <source>an inhale cannot lower the fullness of the lungs (from {start} to {end})</source>
        <translation>ein Einatmen kann die Füllung der Lunge nicht senken (von {start} auf {end})</translation>
    </message>
    <message>
        <source>each phase must be an object (got {value})</source>
        <translation>jede Phase muss ein Objekt sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>must be &quot;inhale&quot;, &quot;hold&quot; or &quot;exhale&quot; (got {value})</source>
        <translation>muss „inhale“, „hold“ oder „exhale“ sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>not allowed on a hold: a hold keeps the level the lungs are at</source>
        <translation>bei einem Halten nicht erlaubt: Ein Halten behält die Füllung der Lunge bei</translation>
    </message>
    <message>
        <source>a list must hold one length per round: {rounds} (got {count})</source>
        <translation>eine Liste muss eine Länge je Runde enthalten: {rounds} (gefunden: {count})</translation>
    </message>
    <message>
        <source>must be a region name (got {value})</source>
        <translation>muss der Name eines Körperbereichs sein (gefunden: {value})</translation>
    </message>
    <message>
        <source>unknown region {name}</source>
        <translation>unbekannter Körperbereich {name}</translation>
    </message>
    <message>
        <source>only allowed together with &quot;tense&quot; (a release-only step has no tension)</source>
        <translation>nur zusammen mit „tense“ erlaubt (ein Schritt nur zum Lösen hat keine Anspannung)</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Ready for the next step: you did “{title}” on {days} days over {weeks} weeks, and your tension was {relief} points lower after it, on average.</source>
        <translation>Bereit für den nächsten Schritt: Sie haben „{title}“ an {days} Tagen über {weeks} Wochen geübt, und Ihre Anspannung war danach im Schnitt um {relief} Punkte niedriger.</translation>
    </message>
    <message>
        <source>The next of the first steps: each one builds on the last.</source>
        <translation>Der nächste der ersten Schritte: Jeder baut auf dem vorigen auf.</translation>
    </message>
    <message>
        <source>For the evening: a calm way towards sleep.</source>
        <translation>Für den Abend: ein ruhiger Weg zum Schlaf.</translation>
    </message>
    <message>
        <source>Your tension dropped most after this one: on average {relief} points less tense afterwards, over {sessions} sessions.</source>
        <translation>Nach dieser Übung sank Ihre Anspannung am meisten: im Schnitt um {relief} Punkte, über {sessions} Übungen.</translation>
    </message>
    <message>
        <source>Next on the path, and new to you.</source>
        <translation>Als Nächstes auf dem Weg, und neu für Sie.</translation>
    </message>
    <message>
        <source>The one you have practised most.</source>
        <translation>Die Übung, die Sie am meisten gemacht haben.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>{weekday} at {time}</source>
        <translation>{weekday} um {time}</translation>
    </message>
    <message>
        <source>a translation has the id of its original, “{id}”</source>
        <translation>eine Übersetzung hat die Kennung ihres Originals, „{id}“</translation>
    </message>
    <message>
        <source>a translation differs from its original only in its words; here it differs in more (the original: {file})</source>
        <translation>eine Übersetzung unterscheidet sich von ihrem Original nur in den Worten; hier unterscheidet sie sich in mehr (das Original: {file})</translation>
    </message>
    <message>
        <source>a translation in the “{folder}” folder is written in that language: its “language” is “{language}”</source>
        <translation>eine Übersetzung im Ordner „{folder}“ ist in dieser Sprache geschrieben: ihre „language“ ist „{language}“</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muscle group(s)</source>
        <translation>
            <numerusform>%n Muskelgruppe</numerusform>
            <numerusform>%n Muskelgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday}, {day}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>a date without its year</comment>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal sign</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower</source>
        <translation>
            <numerusform>%n Punkt niedriger</numerusform>
            <numerusform>%n Punkte niedriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher</source>
        <translation>
            <numerusform>%n Punkt höher</numerusform>
            <numerusform>%n Punkte höher</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension now: {after} of 10.</source>
        <translation>Anspannung jetzt: {after} von 10.</translation>
    </message>
    <message>
        <source>{before} → {after}: {change}. Well done.</source>
        <translation>{before} → {after}: {change}. Gut gemacht.</translation>
    </message>
    <message>
        <source>{before} → {after}: the same as before. That happens; the practice still counts.</source>
        <translation>{before} → {after}: gleich wie vorher. Das kommt vor; die Übung zählt trotzdem.</translation>
    </message>
    <message>
        <source>{before} → {after}: {change}. Tension sometimes rises as you begin to relax; that is known and not harmful.</source>
        <translation>{before} → {after}: {change}. Die Anspannung steigt manchmal, wenn man zu entspannen beginnt; das ist bekannt und nicht schädlich.</translation>
    </message>
    <message>
        <source>Finished, with parts skipped.</source>
        <translation>Beendet, mit übersprungenen Teilen.</translation>
    </message>
    <message>
        <source>Stopped early: that&apos;s fine.</source>
        <translation>Früh beendet: Das ist in Ordnung.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>you practised {done} of its {planned} min.</source>
        <translation>Sie haben {done} von {planned} min geübt.</translation>
    </message>
    <message>
        <source>{done} of practice.</source>
        <translation>{done} Übung.</translation>
    </message>
    <message>
        <source>You rated your tension {rating} before.</source>
        <translation>Sie haben Ihre Anspannung vorher mit {rating} bewertet.</translation>
    </message>
    <message>
        <source>the log is not open</source>
        <translation>das Protokoll ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Saved. Tension {before} → {after}.</source>
        <translation>Gespeichert. Anspannung {before} → {after}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <source>Yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Breathing away from the computer</source>
        <translation>Atmen ohne Computer</translation>
    </message>
    <message>
        <source>Progressive relaxation away from the computer</source>
        <translation>Progressive Entspannung ohne Computer</translation>
    </message>
    <message>
        <source>Log practice</source>
        <translation>Übung eintragen</translation>
    </message>
    <message>
        <source>Practice done elsewhere counts too.</source>
        <translation>Auch Übung außerhalb der App zählt.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Tension before</source>
        <translation>Anspannung vorher</translation>
    </message>
    <message>
        <source>Tension after</source>
        <translation>Anspannung nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Practice cannot be logged: the log could not be opened.</source>
        <translation>Übung kann nicht eingetragen werden: Das Protokoll konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Saved: {title}, {minutes} min, {weekday} {day}, {time}.</source>
        <translation>Gespeichert: {title}, {minutes} min, {weekday} {day}, {time}.</translation>
    </message>
    <message>
        <source>The last 2 weeks</source>
        <translation>Die letzten 2 Wochen</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>Alles Eingetragene</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>A short, dated summary of what you logged, to bring to a doctor or therapist. It is made on this computer and goes nowhere unless you take it.</source>
        <translation>Eine kurze, datierte Zusammenfassung dessen, was Sie eingetragen haben, für Ihre Ärztin, Ihren Arzt oder Ihre Therapeutin. Er wird auf diesem Computer erstellt und geht nirgendwohin, außer Sie nehmen ihn mit.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>{section} (private: only if you tick it)</source>
        <translation>{section} (privat: nur wenn Sie es ankreuzen)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Optional: printed on the report, never stored</source>
        <translation>Optional: wird auf den Bericht gedruckt, nie gespeichert</translation>
    </message>
    <message>
        <source>Name on the report (optional, never stored)</source>
        <translation>Name auf dem Bericht (optional, nie gespeichert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sessions in the period</source>
        <translation>Übungen im Zeitraum</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from {period}.</source>
        <translation>
            <numerusform>%n Übung von {period}.</numerusform>
            <numerusform>%n Übungen von {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions were logged from {period}: the report would only say so.</source>
        <translation>Von {period} wurden keine Übungen eingetragen: Der Bericht würde nur das sagen.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The log could not be read: {reason}</source>
        <translation>Das Protokoll konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The report was not saved to {path}: {reason}.</source>
        <translation>Der Bericht wurde nicht unter {path} gespeichert: {reason}.</translation>
    </message>
    <message>
        <source>Report saved: {name}, {pages}.</source>
        <translation>Bericht gespeichert: {name}, {pages}.</translation>
    </message>
    <message>
        <source>Report sent to the printer: {pages}, {first} to {last}.</source>
        <translation>Bericht an den Drucker geschickt: {pages}, {first} bis {last}.</translation>
    </message>
    <message>
        <source>The report needs the log, which could not be opened.</source>
        <translation>Der Bericht braucht das Protokoll, das nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Klang und Stimme</translation>
    </message>
    <message>
        <source>Soft sound at each phase change</source>
        <translation>Leiser Ton bei jedem Phasenwechsel</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Gesprochene Anleitung</translation>
    </message>
    <message>
        <source>Count 3, 2, 1 before a session starts</source>
        <translation>Vor einer Übung 3, 2, 1 zählen</translation>
    </message>
    <message>
        <source>A soft chime with each reminder</source>
        <translation>Ein leiser Gong bei jeder Erinnerung</translation>
    </message>
    <message>
        <source>Test sound and voice</source>
        <translation>Klang und Stimme testen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Klangsignale</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Background sound</source>
        <translation>Hintergrundklang</translation>
    </message>
    <message>
        <source>Background volume</source>
        <translation>Lautstärke des Hintergrunds</translation>
    </message>
    <message>
        <source>Look and pace</source>
        <translation>Aussehen und Tempo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Reduced motion (no growing shape)</source>
        <translation>Weniger Bewegung (keine wachsende Form)</translation>
    </message>
    <message>
        <source> % of the written length</source>
        <translation> % der geschriebenen Länge</translation>
    </message>
    <message>
        <source>Default breathing pace</source>
        <translation>Übliches Atemtempo</translation>
    </message>
    <message>
        <source>Breaths take this share of their written length</source>
        <translation>Atemzüge dauern diesen Anteil ihrer geschriebenen Länge</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Wie das System: {language}</translation>
    </message>
    <message>
        <source>RelaxApp speaks it from its next start.</source>
        <translation>RelaxApp spricht sie ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Breaths start at</source>
        <translation>Atemzüge beginnen bei</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Session for the reminder</source>
        <translation>Übung für die Erinnerung</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open RelaxApp at login, minimised, so reminders come</source>
        <translation>RelaxApp bei der Anmeldung minimiert öffnen, damit Erinnerungen kommen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Heart-rate sensor…</source>
        <translation>&amp;Herzfrequenz-Sensor…</translation>
    </message>
    <message>
        <source>Heart-rate sensor: look for one, choose it, forget it</source>
        <translation>Herzfrequenz-Sensor: suchen, wählen, vergessen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>RelaxApp cannot add itself to the login programs: {reason}.</source>
        <translation>RelaxApp kann sich nicht zu den Programmen beim Anmelden hinzufügen: {reason}.</translation>
    </message>
    <message>
        <source>RelaxApp cannot leave the login programs: {reason}.</source>
        <translation>RelaxApp kann sich nicht aus den Programmen beim Anmelden entfernen: {reason}.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;When to get help&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Call emergency services now&lt;/b&gt; (112 in Europe, 911 in North America, 999 in the UK, or
your local emergency number) for any of these. They can be signs of a stroke, a heart attack, a
blood clot or another condition that needs treatment at once, where every minute counts. Do not
wait to see whether it passes, and do not drive yourself:&lt;/p&gt;
&lt;ul&gt;{emergency}&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;{crisis}&lt;/b&gt;&lt;/p&gt;
&lt;p&gt;&lt;b&gt;See a doctor&lt;/b&gt; about these. They can come from conditions of the nerves or muscles other
than anxiety, and an examination is the way to find out:&lt;/p&gt;
&lt;ul&gt;{doctor}&lt;/ul&gt;
&lt;p&gt;RelaxApp is a practice tool, not a doctor: it does not diagnose anything, and nothing here
replaces a doctor&apos;s advice. Cramps that come often deserve a check too.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wann Sie Hilfe holen sollten&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Rufen Sie sofort den Notruf&lt;/b&gt; (112 in Europa, 911 in Nordamerika, 999 im Vereinigten
Königreich, oder Ihre örtliche Notrufnummer) bei einem dieser Zeichen. Sie können Anzeichen eines
Schlaganfalls, eines Herzinfarkts, eines Blutgerinnsels oder einer anderen Erkrankung sein, die
sofort behandelt werden muss und bei der jede Minute zählt. Warten Sie nicht ab, ob es vorübergeht,
und fahren Sie nicht selbst:&lt;/p&gt;
&lt;ul&gt;{emergency}&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;{crisis}&lt;/b&gt;&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Gehen Sie zu einer Ärztin oder einem Arzt&lt;/b&gt; mit diesen Beschwerden. Sie können von
Erkrankungen der Nerven oder Muskeln kommen, nicht von Angst, und eine Untersuchung ist der Weg,
es herauszufinden:&lt;/p&gt;
&lt;ul&gt;{doctor}&lt;/ul&gt;
&lt;p&gt;RelaxApp ist ein Übungswerkzeug, keine Ärztin und kein Arzt: Es stellt keine Diagnose, und
nichts hier ersetzt ärztlichen Rat. Krämpfe, die oft kommen, sollten auch abgeklärt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why anxiety shows up in your muscles&lt;/h2&gt;
&lt;p&gt;When the mind senses a threat, the body gets ready to act: breathing speeds up and moves into
the chest, the heart beats faster, and muscles brace, most of all in the neck, shoulders, jaw and
back. When worry goes on for weeks, the bracing can become a habit you no longer notice, and it
can show up as stiffness, aching, clenched teeth, twitches or cramps.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Warum sich Angst in den Muskeln zeigt&lt;/h2&gt;
&lt;p&gt;Wenn der Kopf eine Bedrohung wahrnimmt, macht sich der Körper bereit zu handeln: Der Atem wird
schneller und wandert in die Brust, das Herz schlägt schneller, und die Muskeln spannen sich an,
vor allem in Nacken, Schultern, Kiefer und Rücken. Wenn die Sorge wochenlang anhält, kann das
Anspannen zur Gewohnheit werden, die man nicht mehr bemerkt, und sich als Steifheit, Schmerzen,
zusammengebissene Zähne, Muskelzucken oder Krämpfe zeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What slow breathing was found to do&lt;/h2&gt;
&lt;p&gt;Breathing is the one part of the body&apos;s alarm system you can steer directly. In the studies a
systematic review gathered, slow breathing (under ten breaths a minute) went with more heart
rate variability, and people reported more comfort and relaxation and less anxiety (Zaccaro et
al. 2018). The pace at which breathing
and heart rhythm swing together most, the resonance pace, differs from person to person: about
4.5 to 6.5 breaths a minute in adults (Shaffer &amp;amp; Meehan 2020). &lt;i&gt;Find your slow pace,
by feel&lt;/i&gt; lets you try five paces and keep the one that feels easiest: a pace chosen by feel,
not measured (the studies find the resonance pace from the heart rate, which RelaxApp does not
measure). In a laboratory study, a
breath out longer than the breath in felt more relaxing than the reverse (Van Diest et al. 2014).
In a month-long study of five minutes a day, cyclic sighing lifted mood more than mindfulness
meditation did and slowed breathing at rest; anxiety fell in every group of that study,
mindfulness included (Balban et al. 2023).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Was langsames Atmen in Studien bewirkte&lt;/h2&gt;
&lt;p&gt;Der Atem ist der einzige Teil des Alarmsystems des Körpers, den Sie direkt steuern können. In
den Studien, die eine systematische Übersichtsarbeit zusammengetragen hat, ging langsames Atmen
(unter zehn Atemzügen pro Minute) mit mehr Herzratenvariabilität einher, und die Teilnehmenden
berichteten von mehr Wohlbefinden und Entspannung und weniger Angst (Zaccaro et al. 2018). Das
Tempo, bei dem Atmung und Herzrhythmus am stärksten miteinander schwingen, das Resonanztempo, ist
von Mensch zu Mensch verschieden: bei Erwachsenen etwa 4,5 bis 6,5 Atemzüge pro Minute (Shaffer
&amp;amp; Meehan 2020). &lt;i&gt;Ihr langsames Tempo finden, nach Gefühl&lt;/i&gt; lässt Sie fünf Tempi ausprobieren
und das behalten, das sich am leichtesten anfühlt: ein Tempo, nach Gefühl gewählt, nicht gemessen
(die Studien bestimmen das Resonanztempo aus der Herzfrequenz, die RelaxApp nicht misst). In einer
Laborstudie fühlte sich ein Ausatmen, das länger ist als das Einatmen, entspannender an als
umgekehrt (Van Diest et al. 2014). In einer einmonatigen Studie mit fünf Minuten am Tag hob
zyklisches Seufzen die Stimmung stärker als Achtsamkeitsmeditation und verlangsamte die Atmung in
Ruhe; die Angst nahm in jeder Gruppe dieser Studie ab, die Achtsamkeit eingeschlossen (Balban et
al. 2023).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What progressive muscle relaxation is&lt;/h2&gt;
&lt;p&gt;Progressive muscle relaxation (PMR) works through the body one muscle group at a time: tense
for a few seconds, then let go for half a minute or more. Tensing on purpose makes the contrast
clear, so you learn what &quot;relaxed&quot; feels like in each place, and to notice tension early. It is a
skill that takes weeks of regular practice (Bernstein &amp;amp; Borkovec 1973). With practice you can
let go without tensing first (&quot;relaxation by recall&quot;), and then in everyday moments, in 20 to 30
seconds: applied relaxation (Öst 1987). For trouble sleeping, relaxation methods are among the
treatments a sleep-medicine guideline suggests for chronic insomnia (a conditional
recommendation: Edinger et al. 2021).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Was progressive Muskelentspannung ist&lt;/h2&gt;
&lt;p&gt;Progressive Muskelentspannung (PME) geht den Körper Muskelgruppe für Muskelgruppe durch: einige
Sekunden anspannen, dann eine halbe Minute oder länger loslassen. Das absichtliche Anspannen macht
den Unterschied deutlich, so lernen Sie, wie sich „entspannt“ an jeder Stelle anfühlt, und
Anspannung früh zu bemerken. Es ist eine Fertigkeit, die Wochen regelmäßiger Übung braucht
(Bernstein &amp;amp; Borkovec 1973). Mit Übung können Sie loslassen, ohne vorher anzuspannen
(„Entspannung durch Erinnern“), und dann in Alltagsmomenten, in 20 bis 30 Sekunden: angewandte
Entspannung (Öst 1987). Bei Schlafproblemen gehören Entspannungsverfahren zu den Behandlungen, die
eine schlafmedizinische Leitlinie bei chronischer Schlaflosigkeit vorschlägt (eine bedingte
Empfehlung: Edinger et al. 2021).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How much to practise, and when to move on&lt;/h2&gt;
&lt;p&gt;The manuals ask for two practice sessions a day of 15 to 20 minutes, at times when you will
not be disturbed (Bernstein &amp;amp; Borkovec 1973); applied relaxation, too, is practised at home
twice a day (Öst 1987). Stay with the 16 groups until they bring you a deep, reliable calm
before moving to 7 groups, then 4, then relaxing by recall. Today says
&quot;Ready for the next step&quot; when your own log shows it: practice on at least {ready_days} days over
{ready_span_days} days or more, with tension at least {helped} point lower after it, on
average.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wie viel üben, und wann weitergehen&lt;/h2&gt;
&lt;p&gt;Die Handbücher sehen zwei Übungen am Tag von 15 bis 20 Minuten vor, zu Zeiten, in denen Sie
nicht gestört werden (Bernstein &amp;amp; Borkovec 1973); auch angewandte Entspannung wird zweimal am
Tag zu Hause geübt (Öst 1987). Bleiben Sie bei den 16 Gruppen, bis sie Ihnen eine tiefe,
verlässliche Ruhe bringen, bevor Sie zu 7 Gruppen wechseln, dann zu 4, dann zur Entspannung durch
Erinnern. „Heute“ sagt „Bereit für den nächsten Schritt“, wenn Ihr eigenes Protokoll es zeigt:
Übung an mindestens {ready_days} Tagen über {ready_span_days} Tage oder mehr, mit einer
Anspannung, die danach im Schnitt um mindestens {helped} Punkt niedriger war.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Practising safely&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Never practise while driving or using machinery: the sessions ask you to close your eyes and
let go.&lt;/li&gt;
&lt;li&gt;Breathing should stay easy. Tingling or light-headedness during or just after breathing
practice usually means breathing more than the body needs: pause, breathe normally, and next
time take smaller, gentler breaths or set the pace a little faster. Numbness or tingling that
lasts or keeps coming back is different: have it checked by a doctor.&lt;/li&gt;
&lt;li&gt;Skip or shorten breath holds (the &lt;i&gt;Breath holds&lt;/i&gt; choice before a session) if they make
you uncomfortable, or if you are pregnant or have a heart or lung condition.&lt;/li&gt;
&lt;li&gt;With epilepsy, keep every breath gentle and unforced: over-breathing can bring on a seizure
in some people. Stop and breathe normally if you feel light-headed.&lt;/li&gt;
&lt;li&gt;After eye surgery or with glaucoma, close the eyes gently in relaxation rather than squeezing
them. In later pregnancy, do not lie flat on your back, and leave out tensing the stomach.&lt;/li&gt;
&lt;li&gt;Holding the breath while tensing raises blood pressure for a moment. With high blood
pressure, a heart condition or in pregnancy, breathe normally while you tense.&lt;/li&gt;
&lt;li&gt;Tense muscles firmly but never to pain, and go gently with injured or cramp-prone areas. Never
point your toes or curl them down: that can set off a foot or calf cramp. Pull them up instead.&lt;/li&gt;
&lt;li&gt;Some people feel more tense or uneasy at first when they relax: in one study about a third of
people with chronic anxiety did during progressive relaxation (Heide &amp;amp; Borkovec 1983). It is
known and not harmful. It is fine to open your eyes, to stop, or to try a breathing session
instead; for many it eases with practice.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Sicher üben&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Üben Sie nie beim Autofahren oder beim Bedienen von Maschinen: Die Übungen bitten Sie, die Augen
zu schließen und loszulassen.&lt;/li&gt;
&lt;li&gt;Das Atmen sollte leicht bleiben. Kribbeln oder Benommenheit während oder kurz nach einer
Atemübung bedeutet meist, dass Sie mehr atmen, als der Körper braucht: Unterbrechen Sie, atmen Sie
normal, und nehmen Sie beim nächsten Mal kleinere, sanftere Atemzüge oder stellen Sie das Tempo
etwas schneller. Taubheit oder Kribbeln, das anhält oder immer wiederkommt, ist etwas anderes:
Lassen Sie es ärztlich abklären.&lt;/li&gt;
&lt;li&gt;Lassen Sie Atempausen weg oder kürzen Sie sie (die Wahl &lt;i&gt;Atempausen&lt;/i&gt; vor einer Übung),
wenn sie Ihnen unangenehm sind, oder wenn Sie schwanger sind oder eine Herz- oder
Lungenerkrankung haben.&lt;/li&gt;
&lt;li&gt;Mit Epilepsie halten Sie jeden Atemzug sanft und ungezwungen: Überatmen kann bei manchen
Menschen einen Anfall auslösen. Hören Sie auf und atmen Sie normal, wenn Ihnen schwindlig
wird.&lt;/li&gt;
&lt;li&gt;Nach einer Augenoperation oder mit Grünem Star schließen Sie die Augen bei der Entspannung
sanft, statt sie zusammenzukneifen. In der späteren Schwangerschaft liegen Sie nicht flach auf
dem Rücken, und lassen Sie das Anspannen des Bauches weg.&lt;/li&gt;
&lt;li&gt;Den Atem beim Anspannen anzuhalten, erhöht den Blutdruck für einen Moment. Mit hohem
Blutdruck, einer Herzerkrankung oder in der Schwangerschaft atmen Sie beim Anspannen normal
weiter.&lt;/li&gt;
&lt;li&gt;Spannen Sie die Muskeln fest an, aber nie bis zum Schmerz, und gehen Sie mit verletzten oder
krampfanfälligen Stellen behutsam um. Strecken Sie die Zehen nie und krallen Sie sie nicht nach
unten: Das kann einen Fuß- oder Wadenkrampf auslösen. Ziehen Sie sie stattdessen hoch.&lt;/li&gt;
&lt;li&gt;Manche Menschen fühlen sich beim Entspannen zuerst angespannter oder unruhiger: In einer Studie
ging es etwa einem Drittel der Menschen mit chronischer Angst bei progressiver Entspannung so
(Heide &amp;amp; Borkovec 1983). Das ist bekannt und nicht schädlich. Es ist in Ordnung, die Augen zu
öffnen, aufzuhören, oder stattdessen eine Atemübung zu versuchen; bei vielen lässt es mit Übung
nach.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What else helps&lt;/h2&gt;
&lt;p&gt;Breathing and relaxation are not the only things that ease muscle symptoms of anxiety. Gentle
regular exercise and stretching help; a calf and hamstring stretch before bed reduced night-time
leg cramps in a trial with older adults (Hallegraeff et al. 2012). So do enough water, enough
sleep, and less caffeine and alcohol. Magnesium is unlikely to help ordinary cramps (Allen &amp;amp;
Kirby 2012), and potassium supplements can be dangerous with kidney disease or some blood-pressure
medicines: ask a doctor before taking supplements. Some medicines cause cramps, among them
diuretics, statins and some asthma and blood-pressure drugs: a pharmacist can tell you whether
yours might.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Was sonst hilft&lt;/h2&gt;
&lt;p&gt;Atmung und Entspannung sind nicht das Einzige, was Muskelbeschwerden bei Angst lindert. Sanfte,
regelmäßige Bewegung und Dehnen helfen; eine Waden- und Oberschenkeldehnung vor dem Schlafengehen
verringerte nächtliche Beinkrämpfe in einer Studie mit älteren Erwachsenen (Hallegraeff et al.
2012). Ebenso genug trinken, genug Schlaf, und weniger Koffein und Alkohol. Magnesium hilft bei
gewöhnlichen Krämpfen wahrscheinlich nicht (Allen &amp;amp; Kirby 2012), und Kaliumpräparate können bei
Nierenerkrankungen oder mit manchen Blutdruckmitteln gefährlich sein: Fragen Sie eine Ärztin oder
einen Arzt, bevor Sie Nahrungsergänzungsmittel nehmen. Manche Medikamente verursachen Krämpfe,
darunter Entwässerungsmittel, Statine und manche Asthma- und Blutdruckmittel: Eine Apotheke kann
Ihnen sagen, ob Ihre dazugehören könnten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sleep&lt;/h2&gt;
&lt;p&gt;Relaxation can help you wind down, and a sleep-medicine guideline suggests it for chronic
insomnia; the treatment it recommends most strongly is cognitive behavioural therapy for
insomnia (CBT-I), which a doctor or therapist can offer (Edinger et al. 2021). Its core habits
are simple to try:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Get up at the same time every day, weekends too, however the night went.&lt;/li&gt;
&lt;li&gt;Go to bed when you are sleepy, not before. If you lie awake for more than about 20
minutes, get up and do something quiet in dim light until you feel sleepy, then go back to bed
(stimulus control: Bootzin 1972).&lt;/li&gt;
&lt;li&gt;Keep the bed for sleep (and sex): not for work, worry or screens.&lt;/li&gt;
&lt;li&gt;No caffeine after early afternoon: a strong dose (400 mg, about four cups of coffee) taken
six hours before bed still cut sleep by more than an hour, measured at home (Drake et al.
2013).&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Schlaf&lt;/h2&gt;
&lt;p&gt;Entspannung kann Ihnen helfen, zur Ruhe zu kommen, und eine schlafmedizinische Leitlinie schlägt
sie bei chronischer Schlaflosigkeit vor; die Behandlung, die sie am stärksten empfiehlt, ist die
kognitive Verhaltenstherapie bei Schlaflosigkeit (KVT-I), die eine Ärztin, ein Arzt oder eine
Therapeutin anbieten kann (Edinger et al. 2021). Ihre Grundgewohnheiten sind einfach zu
versuchen:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Stehen Sie jeden Tag zur selben Zeit auf, auch am Wochenende, wie auch immer die Nacht
war.&lt;/li&gt;
&lt;li&gt;Gehen Sie ins Bett, wenn Sie müde sind, nicht vorher. Wenn Sie länger als etwa 20 Minuten wach
liegen, stehen Sie auf und tun Sie etwas Ruhiges bei gedämpftem Licht, bis Sie müde werden, dann
gehen Sie wieder ins Bett (Stimuluskontrolle: Bootzin 1972).&lt;/li&gt;
&lt;li&gt;Nutzen Sie das Bett zum Schlafen (und für Sex): nicht für Arbeit, Grübeln oder
Bildschirme.&lt;/li&gt;
&lt;li&gt;Kein Koffein nach dem frühen Nachmittag: Eine starke Dosis (400 mg, etwa vier Tassen Kaffee),
sechs Stunden vor dem Schlafengehen genommen, verkürzte den Schlaf noch um mehr als eine Stunde,
zu Hause gemessen (Drake et al. 2013).&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Twitches and cramps&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Twitches&lt;/b&gt;, a small muscle flickering under the skin (often an eyelid, a calf or a thumb),
are common and usually harmless: tiredness, caffeine, stress and hard exercise bring them on. In
a study that followed 121 people with such twitches for years, none developed a disease of the
nerves (Blexrud et al. 1993). See a doctor if twitching comes with weakness, a muscle getting
smaller, or trouble swallowing or speaking.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;A cramp&lt;/b&gt; is a sudden, hard tightening that lasts seconds to minutes. Stretch the muscle
gently until it lets go (Allen &amp;amp; Kirby 2012): for the calf or the sole of the foot, pull your
toes up toward your shin, or stand and lean forward with the heel down; for the back of the
thigh, straighten the knee and lean forward from the hips; for the front of the thigh, bend the
knee and draw the foot toward your buttock. Then rub the muscle gently and walk a few steps.
Some medicines cause cramps, among them diuretics, statins and some asthma and blood-pressure
drugs: a pharmacist can tell you whether yours might. Cramps that come often, wake you night
after night, or come with weakness deserve a doctor&apos;s check; and a calf that is swollen, painful,
warm or red is not a cramp to stretch: it can be a blood clot, and needs a doctor the same
day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Muskelzucken und Krämpfe&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Muskelzucken&lt;/b&gt;, ein kleines Flackern eines Muskels unter der Haut (oft ein Augenlid, eine
Wade oder ein Daumen), ist häufig und meist harmlos: Müdigkeit, Koffein, Stress und harte
Anstrengung lösen es aus. In einer Studie, die 121 Menschen mit solchem Zucken über Jahre
begleitete, bekam niemand eine Erkrankung der Nerven (Blexrud et al. 1993). Gehen Sie zu einer
Ärztin oder einem Arzt, wenn das Zucken mit Schwäche kommt, ein Muskel kleiner wird, oder Sie Mühe
beim Schlucken oder Sprechen haben.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Ein Krampf&lt;/b&gt; ist ein plötzliches, hartes Zusammenziehen, das Sekunden bis Minuten dauert.
Dehnen Sie den Muskel sanft, bis er loslässt (Allen &amp;amp; Kirby 2012): für die Wade oder die
Fußsohle ziehen Sie die Zehen zum Schienbein hoch, oder stellen Sie sich hin und lehnen Sie sich
mit der Ferse am Boden nach vorn; für die Rückseite des Oberschenkels strecken Sie das Knie und
beugen Sie sich aus der Hüfte nach vorn; für die Vorderseite des Oberschenkels beugen Sie das Knie
und ziehen Sie den Fuß zum Gesäß. Reiben Sie den Muskel dann sanft und gehen Sie ein paar
Schritte. Manche Medikamente verursachen Krämpfe, darunter Entwässerungsmittel, Statine und manche
Asthma- und Blutdruckmittel: Eine Apotheke kann Ihnen sagen, ob Ihre dazugehören könnten. Krämpfe,
die oft kommen, Sie Nacht für Nacht wecken, oder mit Schwäche kommen, sollten ärztlich abgeklärt
werden; und eine Wade, die geschwollen, schmerzhaft, warm oder gerötet ist, ist kein Krampf zum
Dehnen: Es kann ein Blutgerinnsel sein und muss noch am selben Tag ärztlich angesehen
werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources&lt;/h2&gt;
&lt;p&gt;For the claims on this page:&lt;/p&gt;
&lt;ul&gt;{general}&lt;/ul&gt;
&lt;p&gt;For each session:&lt;/p&gt;
&lt;ul&gt;{sessions}&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Quellen&lt;/h2&gt;
&lt;p&gt;Für die Aussagen auf dieser Seite:&lt;/p&gt;
&lt;ul&gt;{general}&lt;/ul&gt;
&lt;p&gt;Für jede Übung:&lt;/p&gt;
&lt;ul&gt;{sessions}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About RelaxApp&lt;/h2&gt;
&lt;p&gt;RelaxApp {version}, free software under the GNU General Public License, version 3 or later
(GPL-3.0-or-later): you may use, study, share and change it. Your log stays on your computer.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Voices.&lt;/b&gt; The natural voice is Piper (GPL-3.0) with its US English &quot;joe&quot; voice: Joe&apos;s
recordings are released as CC0, and the voice model was fine-tuned from Piper&apos;s &quot;lessac&quot; voice,
whose training recordings were published for research use; if that matters for how you use
RelaxApp, choose the system voice in Settings. The system voice is eSpeak NG
(GPL-3.0); it is also the voice of every language with no natural voice added (see the
end of this page). The chimes and background sounds are made by RelaxApp&apos;s own script
(&lt;code&gt;scripts/make_sounds.py&lt;/code&gt;).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt and PySide6 (LGPL-3.0), pyqtgraph (MIT), sqlite-utils (Apache-2.0),
platformdirs (MIT) and jeepney (MIT).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Über RelaxApp&lt;/h2&gt;
&lt;p&gt;RelaxApp {version}, freie Software unter der GNU General Public License, Version 3 oder später
(GPL-3.0-or-later): Sie dürfen sie nutzen, untersuchen, weitergeben und ändern. Ihr Protokoll
bleibt auf Ihrem Computer.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Stimmen.&lt;/b&gt; Die natürliche Stimme ist Piper (GPL-3.0) mit seiner US-englischen Stimme
„joe“: Joes Aufnahmen sind als CC0 freigegeben, und das Stimmmodell wurde aus Pipers Stimme
„lessac“ weitertrainiert, deren Trainingsaufnahmen für die Forschung veröffentlicht wurden; wenn
das für Ihre Nutzung von RelaxApp wichtig ist, wählen Sie in den Einstellungen die Systemstimme.
Die Systemstimme ist eSpeak NG (GPL-3.0); sie ist auch die Stimme jeder Sprache, für die keine natürliche Stimme
hinzugefügt wurde (siehe das Ende dieser Seite). Die Gongs und
Hintergrundklänge macht RelaxApps eigenes Skript (&lt;code&gt;scripts/make_sounds.py&lt;/code&gt;).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Gebaut mit&lt;/b&gt; Qt und PySide6 (LGPL-3.0), pyqtgraph (MIT), sqlite-utils (Apache-2.0),
platformdirs (MIT) und jeepney (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Natural voices you added&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Natürliche Stimmen, die Sie hinzugefügt haben&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Natural voices for other languages go in {folder}, each in a folder of its own as the Piper voices collection gives it: the model (.onnx), its settings (.onnx.json) and its MODEL_CARD. A session in the voice&apos;s language is spoken by it, and its terms are shown here.</source>
        <translation>Natürliche Stimmen für weitere Sprachen gehören in {folder}, jede in einen eigenen Ordner, so wie die Sammlung der Piper-Stimmen sie liefert: das Modell (.onnx), seine Einstellungen (.onnx.json) und seine MODEL_CARD. Eine Übung in der Sprache der Stimme wird von ihr gesprochen, und ihre Bedingungen werden hier gezeigt.</translation>
    </message>
    <message>
        <source>The licence file cannot be read: {reason}</source>
        <translation>Die Lizenzdatei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>its licence:</source>
        <translation>ihre Lizenz:</translation>
    </message>
    <message>
        <source>None is installed.</source>
        <translation>Keine ist installiert.</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Nicht verwendet:</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message>
        <source>No sessions are loaded.</source>
        <translation>Es sind keine Übungen geladen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>Über diese Übungen</translation>
    </message>
    <message>
        <source>Click a part of the body, or use the arrow keys on the map.</source>
        <translation>Klicken Sie auf einen Körperteil, oder nutzen Sie die Pfeiltasten auf der Karte.</translation>
    </message>
    <message>
        <source>How tense now?</source>
        <translation>Wie angespannt jetzt?</translation>
    </message>
    <message>
        <source>Type a number (1 then 0 for 10), use the arrow keys, or click. 0 is fully relaxed.</source>
        <translation>Tippen Sie eine Zahl (1, dann 0 für 10), nutzen Sie die Pfeiltasten, oder klicken Sie. 0 ist völlig entspannt.</translation>
    </message>
    <message>
        <source>Change in tension</source>
        <translation>Veränderung der Anspannung</translation>
    </message>
    <message>
        <source>Which pace felt easiest?</source>
        <translation>Welches Tempo fühlte sich am leichtesten an?</translation>
    </message>
    <message>
        <source>Smooth and comfortable, never short of air. Resonance breathing will start at the pace you choose.</source>
        <translation>Ruhig und angenehm, nie außer Atem. Die Resonanzatmung beginnt mit dem Tempo, das Sie wählen.</translation>
    </message>
    <message>
        <source>Add &amp;details: where, symptoms, a note</source>
        <translation>&amp;Details hinzufügen: wo, Beschwerden, eine Notiz</translation>
    </message>
    <message>
        <source>Add details: where you feel tension, symptoms, a note</source>
        <translation>Details hinzufügen: wo Sie Anspannung spüren, Beschwerden, eine Notiz</translation>
    </message>
    <message>
        <source>Where do you still feel tension?</source>
        <translation>Wo spüren Sie noch Anspannung?</translation>
    </message>
    <message>
        <source>Tension in the chosen region</source>
        <translation>Anspannung in der gewählten Region</translation>
    </message>
    <message>
        <source>Anything you noticed?</source>
        <translation>Ist Ihnen etwas aufgefallen?</translation>
    </message>
    <message>
        <source>Common with tension</source>
        <translation>Häufig bei Anspannung</translation>
    </message>
    <message>
        <source>Worth a doctor&apos;s check</source>
        <translation>Sollte ärztlich abgeklärt werden</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation>Jetzt Notfallhilfe holen</translation>
    </message>
    <message>
        <source>Have this checked by a doctor</source>
        <translation>Lassen Sie das ärztlich abklären</translation>
    </message>
    <message>
        <source>About tingling during breathing</source>
        <translation>Über Kribbeln beim Atmen</translation>
    </message>
    <message>
        <source>What else helps</source>
        <translation>Was sonst hilft</translation>
    </message>
    <message>
        <source>Read more: when to get help</source>
        <translation>Mehr lesen: wann Sie Hilfe holen sollten</translation>
    </message>
    <message>
        <source>Make a report to bring</source>
        <translation>Einen Bericht zum Mitnehmen erstellen</translation>
    </message>
    <message>
        <source>How did it go? Anything that helped, or got in the way?</source>
        <translation>Wie ist es gelaufen? Was hat geholfen, oder was war im Weg?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Enter saves.</source>
        <translation>Eingabe speichert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save how you feel</source>
        <translation>Speichern, wie Sie sich fühlen</translation>
    </message>
    <message>
        <source>{source} sent no beat in this session.</source>
        <translation>{source} hat in dieser Übung keinen Herzschlag gesendet.</translation>
    </message>
    <message>
        <source>Your heart-rate sensor was not heard in this session. Is it worn, with its contacts moist, and not connected to a phone?</source>
        <translation>Von Ihrem Herzfrequenz-Sensor kam in dieser Übung nichts an. Tragen Sie ihn, sind die Kontakte feucht, und ist er nicht mit einem Telefon verbunden?</translation>
    </message>
    <message>
        <source>{source} sent too few beats to say what they did: about a minute of them is needed.</source>
        <translation>{source} hat zu wenige Schläge gesendet, um etwas darüber zu sagen: Nötig ist etwa eine Minute davon.</translation>
    </message>
    <message>
        <source>Your heart-rate sensor sent too few beats to say what they did: about a minute of them is needed.</source>
        <translation>Ihr Herzfrequenz-Sensor hat zu wenige Schläge gesendet, um etwas darüber zu sagen: Nötig ist etwa eine Minute davon.</translation>
    </message>
    <message>
        <source>Measured by your heart-rate sensor: {pace}. Keep it, or the pace that felt easiest.</source>
        <translation>Gemessen von Ihrem Herzfrequenz-Sensor: {pace}. Behalten Sie dieses Tempo oder das, das sich am leichtesten anfühlte.</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <source>Kept as your breathing pace: {pace}.</source>
        <translation>Als Ihr Atemtempo behalten: {pace}.</translation>
    </message>
    <message>
        <source>{region}: how tense is it?</source>
        <translation>{region}: Wie angespannt ist es?</translation>
    </message>
    <message>
        <source>Please call for help now.</source>
        <translation>Bitte rufen Sie jetzt Hilfe.</translation>
    </message>
    <message>
        <source>Thank you for noting this: please read the advice below.</source>
        <translation>Danke, dass Sie das eingetragen haben: Bitte lesen Sie den Rat unten.</translation>
    </message>
    <message>
        <source>Breathing: {pattern} s</source>
        <translation>Atmung: {pattern} s</translation>
    </message>
    <message>
        <source>Tense and release: {name}</source>
        <translation>Anspannen und loslassen: {name}</translation>
    </message>
    <message>
        <source>Spoken: {words}</source>
        <translation>Gesprochen: {words}</translation>
    </message>
    <message>
        <source>One breath</source>
        <translation>Ein Atemzug</translation>
    </message>
    <message>
        <source>Add a hold (&amp;phase)</source>
        <translation>Eine Pause hinzufügen (&amp;Phase)</translation>
    </message>
    <message>
        <source>Add a phase: a hold of 2 seconds</source>
        <translation>Eine Phase hinzufügen: eine Pause von 2 Sekunden</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Minutes or breaths</source>
        <translation>Minuten oder Atemzüge</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Instruction shown during the breathing</source>
        <translation>Anweisung, die während des Atmens gezeigt wird</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Phase {number}</source>
        <translation>Phase {number}</translation>
    </message>
    <message>
        <source>Phase {number}: seconds</source>
        <translation>Phase {number}: Sekunden</translation>
    </message>
    <message>
        <source>label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <source>Phase {number}: label</source>
        <translation>Phase {number}: Bezeichnung</translation>
    </message>
    <message>
        <source>Remove phase {number}</source>
        <translation>Phase {number} entfernen</translation>
    </message>
    <message>
        <source>Move phase {number} earlier</source>
        <translation>Phase {number} nach vorn</translation>
    </message>
    <message>
        <source>{pace} · this step {length}</source>
        <translation>{pace} · dieser Schritt {length}</translation>
    </message>
    <message>
        <source>Regions: Space ticks one</source>
        <translation>Regionen: Leertaste wählt eine aus</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Name of the muscle group</source>
        <translation>Name der Muskelgruppe</translation>
    </message>
    <message>
        <source>Release only (relaxation by recall: no tensing)</source>
        <translation>Nur loslassen (Entspannung durch Erinnern: kein Anspannen)</translation>
    </message>
    <message>
        <source>What to do to tense</source>
        <translation>Was zum Anspannen zu tun ist</translation>
    </message>
    <message>
        <source>Tense for, seconds</source>
        <translation>Anspannen, Sekunden</translation>
    </message>
    <message>
        <source>What to say to release</source>
        <translation>Was zum Loslassen gesagt wird</translation>
    </message>
    <message>
        <source>Release for, seconds</source>
        <translation>Loslassen, Sekunden</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Tense for (s)</source>
        <translation>Anspannen (s)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Release for (s)</source>
        <translation>Loslassen (s)</translation>
    </message>
    <message>
        <source>Use the bundled &amp;words for these regions</source>
        <translation>Die mitgelieferten &amp;Worte für diese Regionen nehmen</translation>
    </message>
    <message>
        <source>Words to say</source>
        <translation>Zu sprechende Worte</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Add a breathing step</source>
        <translation>Einen Atemschritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a tense-and-release step</source>
        <translation>Einen Schritt Anspannen und Lösen hinzufügen</translation>
    </message>
    <message>
        <source>Add spoken words</source>
        <translation>Gesprochene Worte hinzufügen</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back, asking first if there are unsaved changes</source>
        <translation>Zurück, mit Rückfrage bei ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steps: Alt+Up and Alt+Down move the chosen one</source>
        <translation>Schritte: Alt+Hoch und Alt+Runter verschieben den gewählten</translation>
    </message>
    <message>
        <source>Add &amp;breathing</source>
        <translation>&amp;Atmung hinzufügen</translation>
    </message>
    <message>
        <source>Add tense and re&amp;lease</source>
        <translation>Anspannen und &amp;loslassen hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;spoken words</source>
        <translation>&amp;Gesprochene Worte hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Den Schritt nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Den Schritt nach unten verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Problem with this step</source>
        <translation>Problem mit diesem Schritt</translation>
    </message>
    <message>
        <source>Number corrected</source>
        <translation>Zahl korrigiert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Diese Übung löschen</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Die Übung speichern</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation>Einen Schritt entfernen</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Einen Schritt verschieben</translation>
    </message>
    <message>
        <source>{length} in all</source>
        <translation>{length} insgesamt</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Ihre Übung</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>Eine neue Übung</translation>
    </message>
    <message>
        <source>{heading} (not saved)</source>
        <translation>{heading} (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Not saved: {problem} ({path})</source>
        <translation>Nicht gespeichert: {problem} ({path})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this session?</source>
        <translation>Die Änderungen an dieser Übung speichern?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Erleichterung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Tension before and after</source>
        <translation>Anspannung vorher und nachher</translation>
    </message>
    <message>
        <source>Relief by session</source>
        <translation>Erleichterung je Übung</translation>
    </message>
    <message>
        <source>Where tension is held</source>
        <translation>Wo Anspannung gehalten wird</translation>
    </message>
    <message>
        <source>Symptoms, dated</source>
        <translation>Beschwerden, mit Datum</translation>
    </message>
    <message>
        <source>Heart rate, measured by a sensor</source>
        <translation>Herzfrequenz, von einem Sensor gemessen</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Self-reported by the user with a relaxation app. Not a diagnosis.</source>
        <translation>Selbst eingetragen mit einer Entspannungs-App. Keine Diagnose.</translation>
    </message>
    <message>
        <source>Practice logged by hand</source>
        <translation>Von Hand eingetragene Übung</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>{day}</source>
        <comment>a day of the month, in a list of them</comment>
        <translation>{day}.</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <source>{days} {month} {year}</source>
        <comment>days of a month</comment>
        <translation>{days} {month} {year}</translation>
    </message>
    <message>
        <source>on {count} days from {day}; the latest {limit}: </source>
        <translation>an {count} Tagen ab {day}; die letzten {limit}: </translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>{range} zeigen</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation>Ihr Verlauf beginnt mit Ihrer ersten Übung</translation>
    </message>
    <message>
        <source>Rate how tense you feel before and after each session. Within a week or two, this page shows whether your tension is going down, which sessions help you most, and where in the body you hold it.</source>
        <translation>Bewerten Sie vor und nach jeder Übung, wie angespannt Sie sich fühlen. Nach ein oder zwei Wochen zeigt diese Seite, ob Ihre Anspannung sinkt, welche Übungen Ihnen am meisten helfen, und wo im Körper Sie sie halten.</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Eine Übung beginnen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Make a report…</source>
        <translation>Bericht erstellen…</translation>
    </message>
    <message>
        <source>Make a report for a doctor or therapist</source>
        <translation>Einen Bericht für Ärztin, Arzt oder Therapie erstellen</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Daten als CSV speichern…</translation>
    </message>
    <message>
        <source>{sessions} · {time} practised · {days} with practice · current streak {current} (longest {when}: {longest})</source>
        <translation>{sessions} · {time} geübt · {days} mit Übung · aktuelle Serie {current} (längste {when}: {longest})</translation>
    </message>
    <message>
        <source>in {period}</source>
        <translation>in {period}</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>überhaupt</translation>
    </message>
    <message>
        <source>No sessions in this range. Choose a longer range, or start a session: the last one was on {day}.</source>
        <translation>Keine Übungen in diesem Zeitraum. Wählen Sie einen längeren Zeitraum, oder beginnen Sie eine Übung: Die letzte war am {day}.</translation>
    </message>
    <message>
        <source>One session so far. The trend lines appear as more sessions follow.</source>
        <translation>Bisher eine Übung. Die Verlaufslinien erscheinen, wenn weitere Übungen folgen.</translation>
    </message>
    <message>
        <source>These sessions have no tension ratings. Rate before and after a session to see whether your tension is going down.</source>
        <translation>Diese Übungen haben keine Bewertungen der Anspannung. Bewerten Sie vor und nach einer Übung, um zu sehen, ob Ihre Anspannung sinkt.</translation>
    </message>
    <message>
        <source>No practice between {first} and {last}: the trend lines have a gap there. Welcome back.</source>
        <translation>Keine Übung zwischen {first} und {last}: Die Verlaufslinien haben dort eine Lücke. Willkommen zurück.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Before {before} · After {after}</source>
        <translation>Vorher {before} · Nachher {after}</translation>
    </message>
    <message>
        <source>Week of {week}: {mean} points lower on average ({sessions})</source>
        <translation>Woche ab {week}: im Schnitt {mean} Punkte niedriger ({sessions})</translation>
    </message>
    <message>
        <source>Week of {week}: before {mean} on average ({ratings})</source>
        <translation>Woche ab {week}: vorher im Schnitt {mean} ({ratings})</translation>
    </message>
    <message>
        <source>Week of {week}: after {mean} on average ({ratings})</source>
        <translation>Woche ab {week}: nachher im Schnitt {mean} ({ratings})</translation>
    </message>
    <message>
        <source>Tension (0-10)</source>
        <translation>Anspannung (0-10)</translation>
    </message>
    <message>
        <source>Before, 7-day average</source>
        <translation>Vorher, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>After, 7-day average</source>
        <translation>Nachher, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Points lower after</source>
        <translation>Punkte niedriger danach</translation>
    </message>
    <message>
        <source>Rise and fall with the breath (beats a minute)</source>
        <translation>Auf und Ab mit dem Atem (Schläge pro Minute)</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>No session in this range was measured with a heart-rate sensor.</source>
        <translation>In diesem Zeitraum wurde keine Übung mit einem Herzfrequenz-Sensor gemessen.</translation>
    </message>
    <message>
        <source>What your heart-rate sensor measured</source>
        <translation>Was Ihr Herzfrequenz-Sensor gemessen hat</translation>
    </message>
    <message>
        <source>Slow breathing at your resonance pace makes this rise and fall largest (Lehrer, Vaschillo &amp; Vaschillo 2000). These are measurements, not a diagnosis.</source>
        <translation>Langsames Atmen in Ihrem Resonanztempo macht dieses Auf und Ab am größten (Lehrer, Vaschillo &amp; Vaschillo 2000). Das sind Messwerte, keine Diagnose.</translation>
    </message>
    <message>
        <source>Rose and fell by {swing} · heart rate {bpm} · RMSSD {rmssd} ms</source>
        <translation>Auf und Ab um {swing} · Herzfrequenz {bpm} · RMSSD {rmssd} ms</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Jede Übung</translation>
    </message>
    <message>
        <source>Average relief by session</source>
        <translation>Mittlere Erleichterung je Übung</translation>
    </message>
    <message>
        <source>Rate your tension before and after sessions to compare them.</source>
        <translation>Bewerten Sie Ihre Anspannung vor und nach den Übungen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>{title}: &lt;b&gt;{relief}&lt;/b&gt; points lower ({sessions})</source>
        <translation>{title}: &lt;b&gt;{relief}&lt;/b&gt; Punkte niedriger ({sessions})</translation>
    </message>
    <message>
        <source>{title}: {relief} points ({sessions}; too few to rank, {needed} are needed)</source>
        <translation>{title}: {relief} Punkte ({sessions}; zu wenige für eine Rangfolge, {needed} sind nötig)</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Tension after (0-10)</source>
        <translation>Anspannung nachher (0-10)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where you hold tension&lt;/b&gt; (average after sessions):</source>
        <translation>&lt;b&gt;Wo Sie Anspannung halten&lt;/b&gt; (Mittel nach den Übungen):</translation>
    </message>
    <message>
        <source>No body areas rated in this range. After a session, mark where you still feel tension on the body map, and the places you hold it show here.</source>
        <translation>In diesem Zeitraum wurden keine Körperbereiche bewertet. Markieren Sie nach einer Übung auf der Körperkarte, wo Sie noch Anspannung spüren, dann zeigen sich hier die Stellen, an denen Sie sie halten.</translation>
    </message>
    <message>
        <source>{region}: 7-day average</source>
        <translation>{region}: 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Tension after, 7-day average</source>
        <translation>Anspannung nachher, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Needs a doctor&apos;s look</source>
        <translation>Braucht einen ärztlichen Blick</translation>
    </message>
    <message>
        <source>Emergency sign</source>
        <translation>Notfallzeichen</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Wann zum Arzt</translation>
    </message>
    <message>
        <source>★ for a doctor&apos;s check, ▲ for an emergency sign</source>
        <translation>★ zur ärztlichen Abklärung, ▲ für ein Notfallzeichen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Your history: tension, relief, practice</source>
        <translation>Ihr Verlauf: Anspannung, Erleichterung, Übung</translation>
    </message>
    <message>
        <source>&amp;Log practice…</source>
        <translation>Übung &amp;eintragen…</translation>
    </message>
    <message>
        <source>Log practice done elsewhere</source>
        <translation>Übung außerhalb der App eintragen</translation>
    </message>
    <message>
        <source>About these e&amp;xercises</source>
        <translation>Über &amp;diese Übungen</translation>
    </message>
    <message>
        <source>Advice about a symptom you logged</source>
        <translation>Rat zu einer eingetragenen Beschwerde</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Wann Sie &amp;Hilfe holen sollten</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translation>Ich habe das &amp;gelesen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Sa&amp;ve now</source>
        <translation>Jetzt &amp;speichern</translation>
    </message>
    <message>
        <source>Suggested now</source>
        <translation>Jetzt vorgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>&amp;Alle Übungen</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <source>Anxious right &amp;now? 2 minutes</source>
        <translation>Gerade &amp;ängstlich? 2 Minuten</translation>
    </message>
    <message>
        <source>Anxious right now: a two-minute session</source>
        <translation>Gerade ängstlich: eine Übung von zwei Minuten</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>Last rated session</source>
        <translation>Zuletzt bewertete Übung</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>E&amp;rinnerungen…</translation>
    </message>
    <message>
        <source>Set reminders</source>
        <translation>Erinnerungen einstellen</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Ihr Weg</translation>
    </message>
    <message>
        <source>When to get help: emergency signs, and when to see a doctor</source>
        <translation>Wann Sie Hilfe holen sollten: Notfallzeichen, und wann zum Arzt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <source>No sessions found</source>
        <translation>Keine Übungen gefunden</translation>
    </message>
    <message>
        <source>The bundled sessions are missing. Reinstalling RelaxApp brings them back.</source>
        <translation>Die mitgelieferten Übungen fehlen. Wenn Sie RelaxApp neu installieren, sind sie wieder da.</translation>
    </message>
    <message>
        <source>Start: {title}</source>
        <translation>Beginnen: {title}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>No reminders are set. A daily reminder helps practice become a habit.</source>
        <translation>Keine Erinnerungen eingestellt. Eine tägliche Erinnerung hilft, das Üben zur Gewohnheit zu machen.</translation>
    </message>
    <message>
        <source>Next reminder: {when}, {title}.</source>
        <translation>Nächste Erinnerung: {when}, {title}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in your sessions folder could not be loaded: All sessions shows why.</source>
        <translation>
            <numerusform>%n Datei in Ihrem Übungsordner konnte nicht geladen werden: „Alle Übungen“ zeigt, warum.</numerusform>
            <numerusform>%n Dateien in Ihrem Übungsordner konnten nicht geladen werden: „Alle Übungen“ zeigt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} tried</source>
        <translation>{done} von {total} ausprobiert</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Make a &amp;copy to edit</source>
        <translation>Eine &amp;Kopie zum Bearbeiten machen</translation>
    </message>
    <message>
        <source>New &amp;breathing session</source>
        <translation>Neue &amp;Atemübung</translation>
    </message>
    <message>
        <source>New &amp;relaxation session</source>
        <translation>Neue &amp;Entspannungsübung</translation>
    </message>
    <message>
        <source>Open my sessions &amp;folder</source>
        <translation>Meinen Übungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Start at the top if you are new: slow breathing first, then progressive relaxation, a skill learnt over weeks.</source>
        <translation>Beginnen Sie oben, wenn Sie neu sind: zuerst langsames Atmen, dann progressive Entspannung, eine Fertigkeit, die man über Wochen lernt.</translation>
    </message>
    <message>
        <source>No sessions found.</source>
        <translation>Keine Übungen gefunden.</translation>
    </message>
    <message>
        <source>Files with problems</source>
        <translation>Dateien mit Problemen</translation>
    </message>
    <message>
        <source>These files in your sessions folder could not be loaded. Fix them and they appear here by themselves.</source>
        <translation>Diese Dateien in Ihrem Übungsordner konnten nicht geladen werden. Wenn Sie sie korrigieren, erscheinen sie hier von selbst.</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>Die Stimme wird vorbereitet…</translation>
    </message>
    <message>
        <source>Session player</source>
        <translation>Übungsspieler</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Übung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phase countdown</source>
        <translation>Phasen-Countdown</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Skip this step (S)</source>
        <translation>Diesen Schritt überspringen (S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Die Übung beenden (Esc)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Machen Sie sich bereit</translation>
    </message>
    <message>
        <source>Paused · {time} left</source>
        <translation>Pausiert · noch {time}</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Take a moment before you move on.</source>
        <translation>Nehmen Sie sich einen Moment, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>round {cycle} of {cycles}</source>
        <translation>Runde {cycle} von {cycles}</translation>
    </message>
    <message>
        <source>Group {group} of {groups}</source>
        <translation>Gruppe {group} von {groups}</translation>
    </message>
    <message>
        <source>Breath {cycle} of {cycles}</source>
        <translation>Atemzug {cycle} von {cycles}</translation>
    </message>
    <message>
        <source>Eyes-closed mode: follow the voice and the sounds. E shows the screen, Space pauses, Esc stops.</source>
        <translation>Augen-zu-Modus: Folgen Sie der Stimme und den Klängen. E zeigt den Bildschirm, Leertaste pausiert, Esc beendet.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Space or Resume goes on from here. Esc stops; what you did is kept.</source>
        <translation>Leertaste oder „Fortsetzen“ macht hier weiter. Esc beendet; was Sie gemacht haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Half as long</source>
        <translation>Halb so lang</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>You can change it during the session with the arrow keys.</source>
        <translation>Sie können es während der Übung mit den Pfeiltasten ändern.</translation>
    </message>
    <message>
        <source>Breath holds</source>
        <translation>Atempausen</translation>
    </message>
    <message>
        <source>Breath holds: {choice}</source>
        <translation>Atempausen: {choice}</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Wie angespannt fühlen Sie sich gerade?</translation>
    </message>
    <message>
        <source>Optional. 0 is fully relaxed, 10 the most tense you can imagine.</source>
        <translation>Optional. 0 ist völlig entspannt, 10 die stärkste Anspannung, die Sie sich vorstellen können.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export this session to share it</source>
        <translation>Diese Übung exportieren, um sie weiterzugeben</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Die Übung beginnen</translation>
    </message>
    <message>
        <source>your own session</source>
        <translation>Ihre eigene Übung</translation>
    </message>
    <message>
        <source>in {language}: not translated yet</source>
        <translation>auf {language}: noch nicht übersetzt</translation>
    </message>
    <message>
        <source>Edit this session</source>
        <translation>Diese Übung bearbeiten</translation>
    </message>
    <message>
        <source>Make a copy of this session to edit</source>
        <translation>Eine Kopie dieser Übung zum Bearbeiten machen</translation>
    </message>
    <message numerus="yes">
        <source>Source(s): {sources}</source>
        <translation>
            <numerusform>Quelle: {sources}</numerusform>
            <numerusform>Quellen: {sources}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muscle group(s), in this order:</source>
        <translation>
            <numerusform>%n Muskelgruppe, in dieser Reihenfolge:</numerusform>
            <numerusform>%n Muskelgruppen, in dieser Reihenfolge:</numerusform>
        </translation>
    </message>
    <message>
        <source>RelaxApp cannot open your log</source>
        <translation>RelaxApp kann Ihr Protokoll nicht öffnen</translation>
    </message>
    <message>
        <source>RelaxApp can set this file aside under a new name and start a fresh log. Nothing is deleted: the old file stays in the same folder.</source>
        <translation>RelaxApp kann diese Datei unter einem neuen Namen beiseitelegen und ein neues Protokoll beginnen. Nichts wird gelöscht: Die alte Datei bleibt im selben Ordner.</translation>
    </message>
    <message>
        <source>Update RelaxApp to use it. You can also set it aside and start a fresh log; nothing is deleted.</source>
        <translation>Aktualisieren Sie RelaxApp, um sie zu nutzen. Sie können sie auch beiseitelegen und ein neues Protokoll beginnen; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Set it aside and start afresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Ohne Speichern weitermachen</translation>
    </message>
    <message>
        <source>A fresh log</source>
        <translation>Ein neues Protokoll</translation>
    </message>
    <message>
        <source>The old file is now {name}, in {folder}.</source>
        <translation>Die alte Datei heißt jetzt {name}, in {folder}.</translation>
    </message>
    <message>
        <source>RelaxApp cannot save</source>
        <translation>RelaxApp kann nicht speichern</translation>
    </message>
    <message>
        <source>{problem}. You can still practise: RelaxApp keeps what you do while it is open, and saves it if the log can be written later.</source>
        <translation>{problem}. Sie können trotzdem üben: RelaxApp behält, was Sie tun, solange es geöffnet ist, und speichert es, wenn das Protokoll später beschrieben werden kann.</translation>
    </message>
    <message>
        <source>RelaxApp is still here</source>
        <translation>RelaxApp ist noch da</translation>
    </message>
    <message>
        <source>Your reminders will come. Quit from this icon&apos;s menu.</source>
        <translation>Ihre Erinnerungen kommen weiterhin. Beenden Sie RelaxApp über das Menü dieses Symbols.</translation>
    </message>
    <message>
        <source>Closing ends your reminders</source>
        <translation>Schließen beendet Ihre Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders come only while RelaxApp is open. Keep it open, minimised, so they still come?</source>
        <translation>Erinnerungen kommen nur, solange RelaxApp geöffnet ist. Geöffnet und minimiert lassen, damit sie weiter kommen?</translation>
    </message>
    <message>
        <source>Keep open, minimised</source>
        <translation>Geöffnet lassen, minimiert</translation>
    </message>
    <message>
        <source>Close, no reminders</source>
        <translation>Schließen, keine Erinnerungen</translation>
    </message>
    <message>
        <source>Your practice is not being saved: the log could not be used.</source>
        <translation>Ihre Übung wird nicht gespeichert: Das Protokoll konnte nicht genutzt werden.</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}. RelaxApp keeps trying; what you practise is kept meanwhile.</source>
        <translation>Noch nicht gespeichert: {problem}. RelaxApp versucht es weiter; was Sie üben, wird bis dahin aufbewahrt.</translation>
    </message>
    <message>
        <source>the log could not be opened</source>
        <translation>das Protokoll konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>RelaxApp</source>
        <translation>RelaxApp</translation>
    </message>
    <message>
        <source>The history needs the log, which could not be opened.</source>
        <translation>Der Verlauf braucht das Protokoll, das nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation>&amp;Klang</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Log practice done elsewhere…</source>
        <translation>Übung außerhalb &amp;eintragen…</translation>
    </message>
    <message>
        <source>&amp;Import a session file…</source>
        <translation>Eine Übungsdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Anxious right &amp;now: 2 minutes</source>
        <translation>Gerade &amp;ängstlich: 2 Minuten</translation>
    </message>
    <message>
        <source>Make a &amp;report for a doctor…</source>
        <translation>Einen &amp;Bericht für die Ärztin oder den Arzt…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>Sound &amp;cues</source>
        <translation>Klang&amp;signale</translation>
    </message>
    <message>
        <source>Spoken &amp;guidance</source>
        <translation>Gesprochene &amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Background sound</source>
        <translation>&amp;Hintergrundklang</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <translation>&amp;Weniger Bewegung</translation>
    </message>
    <message>
        <source>&amp;Eyes-closed mode (E in a session)</source>
        <translation>Augen-&amp;zu-Modus (E während einer Übung)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;About these exercises</source>
        <translation>Über diese Ü&amp;bungen</translation>
    </message>
    <message>
        <source>Welcome to RelaxApp</source>
        <translation>Willkommen bei RelaxApp</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>RelaxApp helps when anxiety shows up in your muscles. It teaches two practices:</source>
        <translation>RelaxApp hilft, wenn sich Angst in Ihren Muskeln zeigt. Es lehrt zwei Übungen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slow breathing&lt;/b&gt;: a few minutes of low, slow breaths, which many people find calming. Follow the circle as it grows and shrinks.</source>
        <translation>&lt;b&gt;Langsames Atmen&lt;/b&gt;: einige Minuten tiefer, langsamer Atemzüge, die viele Menschen beruhigend finden. Folgen Sie dem Kreis, wie er wächst und schrumpft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progressive muscle relaxation&lt;/b&gt;: tense one group of muscles for a few seconds, then let go, and learn what relaxed feels like.</source>
        <translation>&lt;b&gt;Progressive Muskelentspannung&lt;/b&gt;: eine Muskelgruppe einige Sekunden anspannen, dann loslassen, und lernen, wie sich entspannt anfühlt.</translation>
    </message>
    <message>
        <source>Rate your tension before and after, and over the weeks the history shows whether it is going down. Everything stays on this computer.</source>
        <translation>Bewerten Sie Ihre Anspannung vorher und nachher, und über die Wochen zeigt der Verlauf, ob sie sinkt. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>RelaxApp is not a doctor. Never practise while driving or using machinery. If relaxing makes you feel more tense at first, that is known and not harmful: open your eyes, stop, or try a breathing session instead.</source>
        <translation>RelaxApp ist keine Ärztin und kein Arzt. Üben Sie nie beim Autofahren oder beim Bedienen von Maschinen. Wenn Entspannen Sie zuerst angespannter macht, ist das bekannt und nicht schädlich: Öffnen Sie die Augen, hören Sie auf, oder versuchen Sie stattdessen eine Atemübung.</translation>
    </message>
    <message>
        <source>Call emergency services at once (112, 911, 999 or your local number) for sudden weakness or numbness on one side, a drooping face, trouble speaking, chest pain, a sudden severe headache, or any of the other signs listed here:</source>
        <translation>Rufen Sie sofort den Notruf (112, 911, 999 oder Ihre örtliche Nummer) bei plötzlicher Schwäche oder Taubheit auf einer Seite, einem hängenden Gesicht, Mühe beim Sprechen, Brustschmerzen, einem plötzlichen heftigen Kopfschmerz, oder einem der anderen hier genannten Zeichen:</translation>
    </message>
    <message>
        <source>When to get help: the emergency signs, and when to see a doctor</source>
        <translation>Wann Sie Hilfe holen sollten: die Notfallzeichen, und wann zum Arzt</translation>
    </message>
    <message>
        <source>Remind me to practise every day at</source>
        <translation>Mich jeden Tag ans Üben erinnern um</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Mich erst umsehen</translation>
    </message>
    <message>
        <source>Try 2 minutes of slow breathing</source>
        <translation>2 Minuten langsames Atmen ausprobieren</translation>
    </message>
    <message>
        <source>RelaxApp reminder</source>
        <translation>RelaxApp-Erinnerung</translation>
    </message>
    <message>
        <source>Time for a few calm minutes</source>
        <translation>Zeit für ein paar ruhige Minuten</translation>
    </message>
    <message>
        <source>{title}. Whenever you are ready.</source>
        <translation>{title}. Wann immer Sie bereit sind.</translation>
    </message>
    <message>
        <source>Later (10 min)</source>
        <translation>Später (10 min)</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>In 10 Minuten erinnern</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <source>Start the session now</source>
        <translation>Die Übung jetzt beginnen</translation>
    </message>
    <message>
        <source>Open RelaxApp</source>
        <translation>RelaxApp öffnen</translation>
    </message>
    <message>
        <source>Later (10 minutes)</source>
        <translation>Später (10 Minuten)</translation>
    </message>
    <message>
        <source>Quit RelaxApp</source>
        <translation>RelaxApp beenden</translation>
    </message>
    <message>
        <source>RelaxApp · next reminder {day} {time}</source>
        <translation>RelaxApp · nächste Erinnerung {day} {time}</translation>
    </message>
    <message>
        <source>Start now: {title}</source>
        <translation>Jetzt beginnen: {title}</translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation>„{title}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Saved in {folder}.</source>
        <translation>Gespeichert in {folder}.</translation>
    </message>
    <message>
        <source>Imported {name} as a copy, {file}.</source>
        <translation>{name} als Kopie importiert: {file}.</translation>
    </message>
    <message>
        <source>Imported {name} as {file}.</source>
        <translation>{name} importiert als {file}.</translation>
    </message>
    <message>
        <source>Not imported: {problem}</source>
        <translation>Nicht importiert: {problem}</translation>
    </message>
    <message>
        <source>Not imported: {problem}; import it again to keep both, as a copy.</source>
        <translation>Nicht importiert: {problem}; importieren Sie sie erneut, um beide als Kopie zu behalten.</translation>
    </message>
    <message>
        <source>A session with this id is yours already</source>
        <translation>Sie haben schon eine Übung mit dieser Kennung</translation>
    </message>
    <message>
        <source>You already have a session with the id “{id}”. Import {name} as a copy, with an id of its own? Yours stays as it is.</source>
        <translation>Sie haben schon eine Übung mit der Kennung „{id}“. {name} als Kopie mit eigener Kennung importieren? Ihre bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Import a session file</source>
        <translation>Eine Übungsdatei importieren</translation>
    </message>
    <message>
        <source>Session files (*.json)</source>
        <translation>Übungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Die Übung exportieren</translation>
    </message>
    <message>
        <source>Not exported: {reason} ({path}).</source>
        <translation>Nicht exportiert: {reason} ({path}).</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <source>There is no session with the id “{id}”.</source>
        <translation>Es gibt keine Übung mit der Kennung „{id}“.</translation>
    </message>
    <message>
        <source>Stop this session first (Esc) to open “{title}”.</source>
        <translation>Beenden Sie erst diese Übung (Esc), um „{title}“ zu öffnen.</translation>
    </message>
    <message>
        <source>Not saved yet: the log could not record this session as it ran. Your answers are kept while RelaxApp is open; it tries again by itself, and so does Save.</source>
        <translation>Noch nicht gespeichert: Das Protokoll konnte diese Übung während des Ablaufs nicht aufzeichnen. Ihre Antworten bleiben erhalten, solange RelaxApp geöffnet ist; es versucht es von selbst erneut, und „Speichern“ ebenso.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answers are kept while RelaxApp is open: it tries again by itself, Enter tries now, and Today offers it too.</source>
        <translation>Nicht gespeichert: {problem}. Ihre Antworten bleiben erhalten, solange RelaxApp geöffnet ist: Es versucht es selbst erneut, Eingabe versucht es jetzt, und „Heute“ bietet es auch an.</translation>
    </message>
    <message>
        <source>Still not saved: {problem}</source>
        <translation>Immer noch nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>The most natural one installed</source>
        <translation>Die natürlichste installierte</translation>
    </message>
    <message>
        <source>Natural (Piper, Joe)</source>
        <translation>Natürlich (Piper, Joe)</translation>
    </message>
    <message>
        <source>System (eSpeak NG)</source>
        <translation>System (eSpeak NG)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Soft noise</source>
        <translation>Sanftes Rauschen</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Regen</translation>
    </message>
    <message>
        <source>Low drone</source>
        <translation>Tiefer Klangteppich</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Spoken guidance is off; the chime is the sound cue.</source>
        <translation>Die gesprochene Anleitung ist aus; der Gong ist das Klangsignal.</translation>
    </message>
    <message>
        <source>Preparing the voice… The first time takes a few seconds.</source>
        <translation>Die Stimme wird vorbereitet… Beim ersten Mal dauert es einige Sekunden.</translation>
    </message>
    <message>
        <source>There is no log to back up.</source>
        <translation>Es gibt kein Protokoll zum Sichern.</translation>
    </message>
    <message>
        <source>Not backed up: {reason}.</source>
        <translation>Nicht gesichert: {reason}.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert unter {path}.</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>the body seen from the front</comment>
        <translation>Vorn</translation>
    </message>
    <message>
        <source>RelaxApp report, {period}</source>
        <translation>RelaxApp-Bericht, {period}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Tension and relaxation practice</source>
        <translation>Anspannung und Entspannungsübung</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>Made by RelaxApp on {day}. What the user logged in RelaxApp, an app for paced breathing and progressive muscle relaxation. Tension is rated by the user from 0 (fully relaxed) to 10 (as tense as can be), before and after each session.</source>
        <translation>Erstellt von RelaxApp am {day}. Was die Person in RelaxApp eingetragen hat, einer App für geführtes Atmen und progressive Muskelentspannung. Die Anspannung wird von der Person selbst vor und nach jeder Übung von 0 (völlig entspannt) bis 10 (so angespannt wie möglich) bewertet.</translation>
    </message>
    <message>
        <source>No sessions were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Übungen eingetragen.</translation>
    </message>
    <message>
        <source>Red-flag symptoms logged: none.</source>
        <translation>Eingetragene Warnzeichen: keine.</translation>
    </message>
    <message>
        <source>Red-flag symptoms logged: {symptoms}.</source>
        <translation>Eingetragene Warnzeichen: {symptoms}.</translation>
    </message>
    <message>
        <source>See Symptoms.</source>
        <translation>Siehe Beschwerden.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Geübte Zeit</translation>
    </message>
    <message>
        <source>Days with practice</source>
        <translation>Tage mit Übung</translation>
    </message>
    <message>
        <source>{done} of {days}</source>
        <translation>{done} von {days}</translation>
    </message>
    <message>
        <source>Longest run of days in a row in the period</source>
        <translation>Längste Folge von Tagen am Stück im Zeitraum</translation>
    </message>
    <message>
        <source>Days in a row at the end of the period</source>
        <translation>Tage am Stück am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Kinds of session</source>
        <translation>Arten von Übungen</translation>
    </message>
    <message>
        <source>No tension ratings in this period.</source>
        <translation>Keine Bewertungen der Anspannung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The ratings span {span}: the first and last two weeks are compared once they span {days} days or more.</source>
        <translation>Die Bewertungen umfassen {span}: Die ersten und letzten zwei Wochen werden verglichen, sobald sie {days} Tage oder mehr umfassen.</translation>
    </message>
    <message>
        <source>Before sessions</source>
        <translation>Vor den Übungen</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Nach den Übungen</translation>
    </message>
    <message>
        <source>Change over the period: mean tension (number of ratings)</source>
        <translation>Veränderung im Zeitraum: mittlere Anspannung (Anzahl der Bewertungen)</translation>
    </message>
    <message>
        <source>First 2 weeks, {first}–{last}</source>
        <translation>Erste 2 Wochen, {first}–{last}</translation>
    </message>
    <message>
        <source>Last 2 weeks, {first}–{last}</source>
        <translation>Letzte 2 Wochen, {first}–{last}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Within a session, tension after was {change} than before, on average over {sessions} rated both times.</source>
        <translation>Innerhalb einer Übung war die Anspannung danach {change} als vorher, im Schnitt über {sessions}, die beide Male bewertet wurden.</translation>
    </message>
    <message>
        <source>no different</source>
        <translation>nicht anders</translation>
    </message>
    <message>
        <source>{points} points lower</source>
        <translation>{points} Punkte niedriger</translation>
    </message>
    <message>
        <source>{points} points higher</source>
        <translation>{points} Punkte höher</translation>
    </message>
    <message>
        <source>No session was rated before and after 3 or more times in this period.</source>
        <translation>Keine Übung wurde in diesem Zeitraum 3 oder mehr Male vorher und nachher bewertet.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Rated before and after</source>
        <translation>Vorher und nachher bewertet</translation>
    </message>
    <message>
        <source>Mean change, before to after</source>
        <translation>Mittlere Veränderung, vorher zu nachher</translation>
    </message>
    <message>
        <source>Sessions rated before and after 3 or more times.</source>
        <translation>Übungen, die 3 oder mehr Male vorher und nachher bewertet wurden.</translation>
    </message>
    <message>
        <source>No body areas were rated in this period.</source>
        <translation>In diesem Zeitraum wurden keine Körperbereiche bewertet.</translation>
    </message>
    <message>
        <source>Average tension after sessions, by body area (0-10), most tense first.</source>
        <translation>Mittlere Anspannung nach den Übungen, nach Körperbereich (0-10), der angespannteste zuerst.</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Körperbereich</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>No symptoms were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Beschwerden eingetragen.</translation>
    </message>
    <message>
        <source>Red-flag symptoms</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Andere Beschwerden</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Times logged</source>
        <translation>Wie oft eingetragen</translation>
    </message>
    <message>
        <source>Dates logged</source>
        <translation>Eingetragen am</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>weekly mean</source>
        <translation>Wochenmittel</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <source>Before ({every})</source>
        <translation>Vorher ({every})</translation>
    </message>
    <message>
        <source>Before, 7-day mean</source>
        <translation>Vorher, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>After ({every})</source>
        <translation>Nachher ({every})</translation>
    </message>
    <message>
        <source>After, 7-day mean</source>
        <translation>Nachher, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Front (R on the left)</source>
        <translation>Vorn (R links)</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>the body seen from behind</comment>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>0 relaxed</source>
        <translation>0 entspannt</translation>
    </message>
    <message>
        <source>10 most tense</source>
        <translation>10 am angespanntesten</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the body&apos;s own right side</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the body&apos;s own left side</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>Colour key: from green-blue at 0, relaxed, to red-brown at 10, most tense</source>
        <translation>Farbschlüssel: von Grünblau bei 0, entspannt, bis Rotbraun bei 10, am angespanntesten</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Atemführung</translation>
    </message>
    <message>
        <source>Back to {page}</source>
        <translation>Zurück zu {page}</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no tension at all</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>{question} {value} of 10</source>
        <translation>{question} {value} von 10</translation>
    </message>
    <message>
        <source>Most</source>
        <comment>the most tension</comment>
        <translation>Am meisten</translation>
    </message>
    <message>
        <source>The breathing pattern</source>
        <translation>Das Atemmuster</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>As written: a session written at {written} breaths a minute runs at {runs}.</source>
        <translation>Wie geschrieben: Eine Übung, die mit {written} Atemzügen pro Minute geschrieben ist, läuft mit {runs}.</translation>
    </message>
    <message>
        <source>Slower than written: a session written at {written} breaths a minute, without breath holds, runs at {runs}.</source>
        <translation>Langsamer als geschrieben: Eine Übung, die mit {written} Atemzügen pro Minute geschrieben ist, läuft ohne Atempausen mit {runs}.</translation>
    </message>
    <message>
        <source>Faster than written: a session written at {written} breaths a minute, without breath holds, runs at {runs}.</source>
        <translation>Schneller als geschrieben: Eine Übung, die mit {written} Atemzügen pro Minute geschrieben ist, läuft ohne Atempausen mit {runs}.</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>Paced breathing and progressive muscle relaxation. With no command, opens the app.</source>
        <translation>Geführtes Atmen und progressive Muskelentspannung. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
        <source>the folder for your log and your own sessions (default: ${variable} or the platform&apos;s data folder)</source>
        <translation>der Ordner für Ihr Protokoll und Ihre eigenen Übungen (Vorgabe: ${variable} oder der Datenordner des Systems)</translation>
    </message>
    <message>
        <source>open the app straight into session ID</source>
        <translation>die App direkt mit der Übung ID öffnen</translation>
    </message>
    <message>
        <source>open the window minimised (as at login, for the reminders)</source>
        <translation>das Fenster minimiert öffnen (wie bei der Anmeldung, für die Erinnerungen)</translation>
    </message>
    <message>
        <source>try the heart-rate views without a strap: a recording (one interval in ms a line) played back, or &apos;simulated&apos; for a heart that follows your breath</source>
        <translation>die Herzfrequenz-Ansichten ohne Brustgurt ausprobieren: eine Aufzeichnung (ein Intervall in ms je Zeile) abspielen, oder &apos;simulated&apos; für ein Herz, das Ihrem Atem folgt</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>list the sessions: id, kind, planned minutes, title, bundled or user</source>
        <translation>die Übungen auflisten: Kennung, Art, geplante Minuten, Titel, mitgeliefert oder eigene</translation>
    </message>
    <message>
        <source>check session scripts (files or folders)</source>
        <translation>Übungsdateien prüfen (Dateien oder Ordner)</translation>
    </message>
    <message>
        <source>record practice done away from the app</source>
        <translation>Übung außerhalb der App eintragen</translation>
    </message>
    <message>
        <source>what you did, e.g. &apos;walk&apos;</source>
        <translation>was Sie gemacht haben, z. B. &apos;Spaziergang&apos;</translation>
    </message>
    <message>
        <source>tension before, 0-10</source>
        <translation>Anspannung vorher, 0-10</translation>
    </message>
    <message>
        <source>tension after, 0-10</source>
        <translation>Anspannung nachher, 0-10</translation>
    </message>
    <message>
        <source>ISO 8601 start time (default: now)</source>
        <translation>Beginn nach ISO 8601 (Vorgabe: jetzt)</translation>
    </message>
    <message>
        <source>write the whole history</source>
        <translation>den ganzen Verlauf schreiben</translation>
    </message>
    <message>
        <source>write to FILE (default, or -: standard output)</source>
        <translation>in DATEI schreiben (Vorgabe, oder -: Standardausgabe)</translation>
    </message>
    <message>
        <source>add the sessions of a JSON export (twice adds nothing)</source>
        <translation>die Übungen eines JSON-Exports hinzufügen (zweimal fügt nichts hinzu)</translation>
    </message>
    <message>
        <source>add RelaxApp to the desktop&apos;s application menu (Linux), with quick actions for your favourite sessions</source>
        <translation>RelaxApp ins Anwendungsmenü des Desktops aufnehmen (Linux), mit Schnellaktionen für Ihre liebsten Übungen</translation>
    </message>
    <message>
        <source>make a PDF report of your practice, tension and symptoms, to bring to a doctor or therapist</source>
        <translation>einen PDF-Bericht über Übung, Anspannung und Beschwerden erstellen, für Ärztin, Arzt oder Therapie</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>the last N days, today included (default: 91, the history&apos;s 3 months)</source>
        <translation>die letzten N Tage, heute eingeschlossen (Vorgabe: 91, die 3 Monate des Verlaufs)</translation>
    </message>
    <message>
        <source>the first day, YYYY-MM-DD (instead of --days)</source>
        <translation>der erste Tag, JJJJ-MM-TT (statt --days)</translation>
    </message>
    <message>
        <source>the last day, YYYY-MM-DD (default: today)</source>
        <translation>der letzte Tag, JJJJ-MM-TT (Vorgabe: heute)</translation>
    </message>
    <message>
        <source>include your notes (they are private: left out unless asked)</source>
        <translation>Ihre Notizen aufnehmen (sie sind privat: nur auf Wunsch enthalten)</translation>
    </message>
    <message>
        <source>a name to print on it (never stored)</source>
        <translation>ein Name, der darauf gedruckt wird (nie gespeichert)</translation>
    </message>
    <message>
        <source>the paper size (default: the one used where you live)</source>
        <translation>die Papiergröße (Vorgabe: die, die bei Ihnen üblich ist)</translation>
    </message>
    <message>
        <source>a short summary of your practice</source>
        <translation>eine kurze Zusammenfassung Ihrer Übung</translation>
    </message>
    <message>
        <source>only the last N days</source>
        <translation>nur die letzten N Tage</translation>
    </message>
    <message>
        <source>no X server is running on the display {display} (DISPLAY); start RelaxApp from a desktop session, or set DISPLAY to one that is running</source>
        <translation>auf dem Bildschirm {display} (DISPLAY) läuft kein X-Server; starten Sie RelaxApp aus einer Desktop-Sitzung, oder setzen Sie DISPLAY auf einen laufenden</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start RelaxApp from a desktop session</source>
        <translation>kein Bildschirm, auf dem sich das Fenster öffnen kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); starten Sie RelaxApp aus einer Desktop-Sitzung</translation>
    </message>
    <message>
        <source>the window cannot open: {reason} (scripts/setup installs what Qt needs)</source>
        <translation>das Fenster kann nicht geöffnet werden: {reason} (scripts/setup installiert, was Qt braucht)</translation>
    </message>
    <message>
        <source>cannot add RelaxApp to the menu: {reason}</source>
        <translation>RelaxApp kann nicht ins Menü aufgenommen werden: {reason}</translation>
    </message>
    <message>
        <source>Installed {entry} and the RelaxApp icon.</source>
        <translation>{entry} und das RelaxApp-Symbol installiert.</translation>
    </message>
    <message>
        <source>cannot read the folder: {reason}</source>
        <translation>der Ordner kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <source>No session files found (a session file&apos;s name ends in .json): nothing was checked.</source>
        <translation>Keine Übungsdateien gefunden (der Name einer Übungsdatei endet auf .json): nichts wurde geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>all valid</source>
        <translation>alle gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>{checked}: {result} ({warnings} on the spoken guidance).</source>
        <translation>{checked}: {result} ({warnings} zur gesprochenen Anleitung).</translation>
    </message>
    <message>
        <source>{checked}: {result}.</source>
        <translation>{checked}: {result}.</translation>
    </message>
    <message>
        <source>, tension {before} -&gt; {after}</source>
        <translation>, Anspannung {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>Saved: {title}, {duration} on {when}{ratings} ({uid}).</source>
        <translation>Gespeichert: {title}, {duration} am {when}{ratings} ({uid}).</translation>
    </message>
    <message>
        <source>Exported {sessions} to {path}.</source>
        <translation>{sessions} exportiert nach {path}.</translation>
    </message>
    <message>
        <source>the disk is full; {path} was not written</source>
        <translation>der Datenträger ist voll; {path} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>give --days or --from, not both</source>
        <translation>geben Sie --days oder --from an, nicht beides</translation>
    </message>
    <message>
        <source>the report cannot be made: {reason} (scripts/setup installs what Qt needs)</source>
        <translation>der Bericht kann nicht erstellt werden: {reason} (scripts/setup installiert, was Qt braucht)</translation>
    </message>
    <message>
        <source>No sessions were logged from {period}; the report says so.</source>
        <translation>Von {period} wurden keine Übungen eingetragen; der Bericht sagt das.</translation>
    </message>
    <message>
        <source>Wrote {path}: {pages}, {period}, {sessions}.</source>
        <translation>{path} geschrieben: {pages}, {period}, {sessions}.</translation>
    </message>
    <message>
        <source>Imported {sessions} ({present} already in the log).</source>
        <translation>{sessions} importiert ({present} schon im Protokoll).</translation>
    </message>
    <message>
        <source>Imported {sessions}.</source>
        <translation>{sessions} importiert.</translation>
    </message>
    <message numerus="yes">
        <source>the last %n days</source>
        <translation>
            <numerusform>der letzte %n Tag</numerusform>
            <numerusform>die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>all time</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>RelaxApp practice, {span}:</source>
        <translation>Übungen mit RelaxApp, {span}:</translation>
    </message>
    <message>
        <source>No sessions yet. &apos;relaxapp&apos; starts one; &apos;relaxapp log&apos; records practice done elsewhere.</source>
        <translation>Noch keine Übungen. &apos;relaxapp&apos; startet eine; &apos;relaxapp log&apos; trägt anderswo Geübtes ein.</translation>
    </message>
    <message>
        <source>{value} on average ({count} rated)</source>
        <translation>{value} im Schnitt ({count} bewertet)</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Übungen:</translation>
    </message>
    <message>
        <source>{sessions} ({completed} completed)</source>
        <translation>{sessions} ({completed} abgeschlossen)</translation>
    </message>
    <message>
        <source>Time practised:</source>
        <translation>Geübte Zeit:</translation>
    </message>
    <message>
        <source>Tension before:</source>
        <translation>Anspannung vorher:</translation>
    </message>
    <message>
        <source>Tension after:</source>
        <translation>Anspannung nachher:</translation>
    </message>
    <message>
        <source>{points} points lower after than before, on average ({sessions} rated both times)</source>
        <translation>danach im Schnitt {points} Punkte niedriger als vorher ({sessions} beide Male bewertet)</translation>
    </message>
    <message>
        <source>{points} points higher after than before, on average ({sessions} rated both times)</source>
        <translation>danach im Schnitt {points} Punkte höher als vorher ({sessions} beide Male bewertet)</translation>
    </message>
    <message>
        <source>Relief:</source>
        <translation>Entlastung:</translation>
    </message>
    <message>
        <source>longest ever: {days}</source>
        <translation>längste bisher: {days}</translation>
    </message>
    <message>
        <source>longest in {span}: {days}</source>
        <translation>längste, {span}: {days}</translation>
    </message>
    <message>
        <source>Current streak:</source>
        <translation>Aktuelle Serie:</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>its settings file is missing ({name})</source>
        <translation>ihre Einstellungsdatei fehlt ({name})</translation>
    </message>
    <message>
        <source>is too large for a voice&apos;s settings</source>
        <translation>ist zu groß für die Einstellungen einer Stimme</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}: {reason})</source>
        <translation>ist kein gültiges JSON (Zeile {line}: {reason})</translation>
    </message>
    <message>
        <source>does not say which language the voice speaks</source>
        <translation>sagt nicht, welche Sprache die Stimme spricht</translation>
    </message>
    <message>
        <source>no licence beside it (a MODEL_CARD or LICENSE file): a voice is used only with its terms</source>
        <translation>keine Lizenz daneben (eine Datei MODEL_CARD oder LICENSE): eine Stimme wird nur mit ihren Bedingungen verwendet</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); it was left as it is</source>
        <translation>{path} ist beschädigt ({reason}); die Datei wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>it failed SQLite&apos;s check</source>
        <translation>die Prüfung von SQLite schlug fehl</translation>
    </message>
    <message>
        <source>{path} is not a RelaxApp database (it is not an SQLite file); it was left as it is</source>
        <translation>{path} ist keine RelaxApp-Datenbank (es ist keine SQLite-Datei); die Datei wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the data folder {path} is a file, not a folder; nothing was saved</source>
        <translation>der Datenordner {path} ist eine Datei, kein Ordner; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>{path} is not a RelaxApp database ({reason}); it was left as it is</source>
        <translation>{path} ist keine RelaxApp-Datenbank ({reason}); die Datei wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of RelaxApp; update RelaxApp to open it (the file was left as it is)</source>
        <translation>{path} wurde von einer neueren Version von RelaxApp geschrieben; aktualisieren Sie RelaxApp, um sie zu öffnen (die Datei wurde unverändert gelassen)</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one of RelaxApp&apos;s; it was left as it is</source>
        <translation>{path} ist eine SQLite-Datenbank, aber keine von RelaxApp; die Datei wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the log refused this record ({reason}); nothing was saved</source>
        <translation>das Protokoll hat diesen Eintrag abgelehnt ({reason}); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; nothing was saved</source>
        <translation>der Datenträger mit {path} ist voll; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>cannot write to {path}: the folder or file is read-only or not accessible; nothing was saved</source>
        <translation>in {path} kann nicht geschrieben werden: Ordner oder Datei sind schreibgeschützt oder nicht zugänglich; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>{path} is busy in another program; nothing was saved, try again in a moment</source>
        <translation>{path} wird gerade von einem anderen Programm benutzt; nichts wurde gespeichert, versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>cannot use {path}: part of its path is a file, not a folder</source>
        <translation>{path} kann nicht verwendet werden: Ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>{path} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Übung löschen?</translation>
    </message>
    <message>
        <source>“{title}” goes to the trash; you can restore it from there.</source>
        <translation>„{title}“ kommt in den Papierkorb; Sie können sie von dort wiederherstellen.</translation>
    </message>
    <message>
        <source>No trash here</source>
        <translation>Kein Papierkorb</translation>
    </message>
    <message>
        <source>This system has no trash for {folder}. Delete “{title}” for good?</source>
        <translation>Dieses System hat keinen Papierkorb für {folder}. „{title}“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Your sessions folder {folder} cannot be made: {reason}.</source>
        <translation>Ihr Übungsordner {folder} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Your sessions folder: {folder}</source>
        <translation>Ihr Übungsordner: {folder}</translation>
    </message>
    <message>
        <source>No file manager opened. Your sessions folder is {folder}</source>
        <translation>Kein Dateimanager wurde geöffnet. Ihr Übungsordner ist {folder}</translation>
    </message>
    <message>
        <source>Your last session is not saved yet: the log did not take it. It is kept while RelaxApp is open.</source>
        <translation>Ihre letzte Übung ist noch nicht gespeichert: Das Protokoll hat sie nicht angenommen. Sie bleibt erhalten, solange RelaxApp geöffnet ist.</translation>
    </message>
    <message>
        <source>Sound is off: audio is not available ({reason}).</source>
        <translation>Der Klang ist aus: Audio ist nicht verfügbar ({reason}).</translation>
    </message>
    <message>
        <source>Sound is silent: no audio output was found.</source>
        <translation>Der Klang ist stumm: Es wurde keine Audioausgabe gefunden.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker could not start.</source>
        <translation>Die gesprochene Anleitung ist stumm: Der Sprachprozess konnte nicht starten.</translation>
    </message>
    <message>
        <source>The voice cannot be prepared: the disk is full where its files are kept ({folder}). Chimes still play; free some space to hear the voice.</source>
        <translation>Die Stimme kann nicht vorbereitet werden: Der Datenträger, auf dem ihre Dateien liegen, ist voll ({folder}). Die Gongs klingen weiter; schaffen Sie etwas Platz, um die Stimme zu hören.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: no voice could be loaded ({reason}). See the README.</source>
        <translation>Die gesprochene Anleitung ist stumm: Es konnte keine Stimme geladen werden ({reason}). Siehe README.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker speaks another version of its protocol ({version}, not {expected}). Reinstall RelaxApp.</source>
        <translation>Die gesprochene Anleitung ist stumm: Der Sprachprozess spricht eine andere Version seines Protokolls ({version}, nicht {expected}). Installieren Sie RelaxApp neu.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker did not answer {count} times</source>
        <translation>Die gesprochene Anleitung ist stumm: Der Sprachprozess hat {count}-mal nicht geantwortet</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker stopped {count} times</source>
        <translation>Die gesprochene Anleitung ist stumm: Der Sprachprozess ist {count}-mal beendet worden</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>it is {kind}, not a file</source>
        <translation>es ist {kind}, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>a loop of symbolic links that leads nowhere</source>
        <translation>eine Schleife symbolischer Links, die nirgendwohin führt</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>nested more than {most} levels deep</source>
        <translation>mehr als {most} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>holds a lone surrogate (a \ud800-\udfff escape without its pair), which cannot be stored as text</source>
        <translation>enthält ein einzelnes Surrogat (ein \ud800-\udfff-Escape ohne sein Gegenstück), das nicht als Text gespeichert werden kann</translation>
    </message>
    <message>
        <source>{number} is not a valid JSON number</source>
        <translation>{number} ist keine gültige JSON-Zahl</translation>
    </message>
    <message>
        <source>key &quot;{key}&quot; appears more than once</source>
        <translation>der Schlüssel „{key}“ kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>this key holds a lone surrogate (a \ud800-\udfff escape without its pair), which cannot be stored as text</source>
        <translation>dieser Schlüssel enthält ein einzelnes Surrogat (ein \ud800-\udfff-Escape ohne sein Gegenstück), das nicht als Text gespeichert werden kann</translation>
    </message>
    <message>
        <source>Heart-rate sensor</source>
        <translation>Herzfrequenz-Sensor</translation>
    </message>
    <message>
        <source>A chest strap that sends its heart rate over Bluetooth (Polar, Garmin, Wahoo and others). Wear it, moisten its contacts, then look for it. Its readings stay on this computer.</source>
        <translation>Ein Brustgurt, der seine Herzfrequenz über Bluetooth sendet (Polar, Garmin, Wahoo und andere). Legen Sie ihn an, befeuchten Sie die Kontakte und suchen Sie ihn dann. Seine Messwerte bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sensors found</source>
        <translation>Gefundene Sensoren</translation>
    </message>
    <message>
        <source>&amp;Look for sensors</source>
        <translation>Nach Sensoren &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Use this one</source>
        <translation>&amp;Diesen verwenden</translation>
    </message>
    <message>
        <source>&amp;Forget the sensor</source>
        <translation>Sensor &amp;vergessen</translation>
    </message>
    <message>
        <source>What the sensor is doing</source>
        <translation>Was der Sensor gerade tut</translation>
    </message>
    <message>
        <source>Heart rate now</source>
        <translation>Herzfrequenz jetzt</translation>
    </message>
    <message>
        <source>Looking for sensors…</source>
        <translation>Suche nach Sensoren…</translation>
    </message>
    <message>
        <source>No sensor was found. Is it worn, with its contacts moist, and not connected to a phone?</source>
        <translation>Es wurde kein Sensor gefunden. Tragen Sie ihn, sind die Kontakte feucht, und ist er nicht mit einem Telefon verbunden?</translation>
    </message>
    <message>
        <source>The sensor is forgotten.</source>
        <translation>Der Sensor ist vergessen.</translation>
    </message>
    <message numerus="yes">
        <source>%n beat(s) a minute</source>
        <translation>
            <numerusform>%n Schlag pro Minute</numerusform>
            <numerusform>%n Schläge pro Minute</numerusform>
        </translation>
    </message>
    <message>
        <source>no skin contact</source>
        <translation>kein Hautkontakt</translation>
    </message>
    <message>
        <source>Your sensor: {name}</source>
        <translation>Ihr Sensor: {name}</translation>
    </message>
    <message>
        <source>No sensor is chosen.</source>
        <translation>Es ist kein Sensor gewählt.</translation>
    </message>
    <message>
        <source>Bluetooth cannot look for sensors: {reason}</source>
        <translation>Bluetooth kann nicht nach Sensoren suchen: {reason}</translation>
    </message>
    <message>
        <source>it is off or missing</source>
        <translation>es ist aus oder fehlt</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Verbinde mit {name}…</translation>
    </message>
    <message>
        <source>{name} does not offer a heart rate</source>
        <translation>{name} bietet keine Herzfrequenz an</translation>
    </message>
    <message>
        <source>{name} does not send its heart rate</source>
        <translation>{name} sendet seine Herzfrequenz nicht</translation>
    </message>
    <message>
        <source>Connected to {name}.</source>
        <translation>Mit {name} verbunden.</translation>
    </message>
    <message>
        <source>Lost {name}; trying again.</source>
        <translation>Verbindung zu {name} verloren; neuer Versuch.</translation>
    </message>
    <message>
        <source>{name} did not answer; trying again.</source>
        <translation>{name} hat nicht geantwortet; neuer Versuch.</translation>
    </message>
    <message>
        <source>Your heart beat {bpm} times a minute on average.</source>
        <translation>Ihr Herz schlug im Schnitt {bpm}-mal pro Minute.</translation>
    </message>
    <message>
        <source>It rose and fell with your breath by {swing} beats a minute.</source>
        <translation>Es wurde mit Ihrem Atem um {swing} Schläge pro Minute schneller und wieder langsamer.</translation>
    </message>
    <message>
        <source>Of the paces you breathed, your heart followed the breath most at {pace} breaths a minute (by its rise and fall: {by_swing}; by its slow rhythm: {by_lf}).</source>
        <translation>Von den geatmeten Tempi folgte Ihr Herz dem Atem am stärksten bei {pace} Atemzügen pro Minute (nach seinem Anstieg und Abfall: {by_swing}; nach seinem langsamen Rhythmus: {by_lf}).</translation>
    </message>
    <message>
        <source>The sensor missed or added many beats, so these figures are rough.</source>
        <translation>Der Sensor hat viele Schläge verpasst oder hinzugefügt; diese Zahlen sind darum ungenau.</translation>
    </message>
    <message>
        <source>{source} stood in for a heart-rate sensor: {bpm} beats a minute on average</source>
        <translation>{source} stand für einen Herzfrequenz-Sensor: im Mittel {bpm} Schläge pro Minute</translation>
    </message>
    <message>
        <source>, rising and falling with your breath by {swing} beats a minute</source>
        <translation>, mit Ihrem Atem um {swing} Schläge pro Minute schneller und wieder langsamer</translation>
    </message>
    <message>
        <source>, most at {pace} breaths a minute</source>
        <translation>, am stärksten bei {pace} Atemzügen pro Minute</translation>
    </message>
    <message>
        <source>It is not your heart, so nothing of it is kept in your log.</source>
        <translation>Es ist nicht Ihr Herz; darum wird nichts davon in Ihrem Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>Heart rate, the last minute</source>
        <translation>Herzfrequenz der letzten Minute</translation>
    </message>
    <message>
        <source>No beat heard</source>
        <translation>Kein Herzschlag empfangen</translation>
    </message>
    <message>
        <source>the activity needs a name</source>
        <translation>die Tätigkeit braucht einen Namen</translation>
    </message>
    <message>
        <source>the activity name holds a character that cannot be stored as text</source>
        <translation>der Name der Tätigkeit enthält ein Zeichen, das nicht als Text gespeichert werden kann</translation>
    </message>
    <message>
        <source>the activity name is too long (at most {most} characters)</source>
        <translation>der Name der Tätigkeit ist zu lang (höchstens {most} Zeichen)</translation>
    </message>
    <message>
        <source>minutes must be more than 0 (at least one second) and at most 1440 (a day)</source>
        <translation>die Minuten müssen mehr als 0 (mindestens eine Sekunde) und höchstens 1440 (ein Tag) sein</translation>
    </message>
    <message>
        <source>No session in this period was measured with a heart-rate sensor.</source>
        <translation>In diesem Zeitraum wurde keine Übung mit einem Herzfrequenz-Sensor gemessen.</translation>
    </message>
    <message>
        <source>Sessions measured</source>
        <translation>Gemessene Übungen</translation>
    </message>
    <message>
        <source>{sessions}, {first} to {last}</source>
        <translation>{sessions}, {first} bis {last}</translation>
    </message>
    <message>
        <source>Heart rate, mean of the sessions</source>
        <translation>Herzfrequenz, Mittel der Übungen</translation>
    </message>
    <message>
        <source>{bpm} beats a minute</source>
        <translation>{bpm} Schläge pro Minute</translation>
    </message>
    <message>
        <source>Rise and fall with the breath, mean</source>
        <translation>Auf und Ab mit dem Atem, Mittel</translation>
    </message>
    <message>
        <source>{swing} beats a minute ({sessions} with paced breathing)</source>
        <translation>{swing} Schläge pro Minute ({sessions} mit vorgegebenem Atemtempo)</translation>
    </message>
    <message>
        <source>not measured (no paced breathing)</source>
        <translation>nicht gemessen (kein vorgegebenes Atemtempo)</translation>
    </message>
    <message>
        <source>Rise and fall, first and last 2 weeks</source>
        <translation>Auf und Ab, erste und letzte 2 Wochen</translation>
    </message>
    <message>
        <source>{early} beats a minute ({early_sessions}), then {late} ({late_sessions})</source>
        <translation>{early} Schläge pro Minute ({early_sessions}), dann {late} ({late_sessions})</translation>
    </message>
    <message>
        <source>Beat-to-beat variation (RMSSD), mean</source>
        <translation>Schwankung von Schlag zu Schlag (RMSSD), Mittel</translation>
    </message>
    <message>
        <source>{rmssd} ms</source>
        <translation>{rmssd} ms</translation>
    </message>
    <message>
        <source>Resonance pace measured, latest</source>
        <translation>Gemessenes Resonanztempo, zuletzt</translation>
    </message>
    <message>
        <source>{pace} breaths a minute, {day}</source>
        <translation>{pace} Atemzüge pro Minute, {day}</translation>
    </message>
    <message>
        <source>Intervals corrected as artefacts, mean</source>
        <translation>Als Artefakte korrigierte Intervalle, Mittel</translation>
    </message>
    <message>
        <source>Beat-to-beat intervals from a chest strap, during the sessions, with missed and extra beats corrected. Rise and fall with the breath: the heart rate&apos;s peak to trough within each breath, while breathing at a set pace (respiratory sinus arrhythmia). RMSSD: the root mean square of successive differences between beats, over the whole session. Resonance pace: of the paces 6.5 to 4.5 breaths a minute, two minutes each, the one at which the heart rate followed the breath most (Lehrer, Vaschillo &amp; Vaschillo 2000).</source>
        <translation>Schlag-zu-Schlag-Intervalle eines Brustgurts während der Übungen, verpasste und zusätzliche Schläge korrigiert. Auf und Ab mit dem Atem: die Spanne der Herzfrequenz vom Höchst- zum Tiefstwert in jedem Atemzug, bei vorgegebenem Atemtempo (respiratorische Sinusarrhythmie). RMSSD: die Wurzel aus dem Mittel der quadrierten Differenzen aufeinanderfolgender Intervalle, über die ganze Übung. Resonanztempo: von den Tempi 6,5 bis 4,5 Atemzüge pro Minute, je zwei Minuten, dasjenige, bei dem die Herzfrequenz dem Atem am stärksten folgte (Lehrer, Vaschillo &amp; Vaschillo 2000).</translation>
    </message>
    <message>
        <source>Rise and fall with the breath, each session (beats a minute)</source>
        <translation>Auf und Ab mit dem Atem, jede Übung (Schläge pro Minute)</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>{sessions} measured with a heart-rate sensor, from {first} to {last}.</source>
        <translation>{sessions} mit einem Herzfrequenz-Sensor gemessen, vom {first} bis {last}.</translation>
    </message>
    <message>
        <source>None of them had paced breathing, so the rise and fall with the breath was not measured.</source>
        <translation>Keine davon hatte ein vorgegebenes Atemtempo; das Auf und Ab mit dem Atem wurde darum nicht gemessen.</translation>
    </message>
    <message>
        <source>With your breath, your heart rate rose and fell by {swing} beats a minute on average ({sessions} with paced breathing).</source>
        <translation>Mit Ihrem Atem wurde Ihre Herzfrequenz im Mittel um {swing} Schläge pro Minute schneller und wieder langsamer ({sessions} mit vorgegebenem Atemtempo).</translation>
    </message>
    <message>
        <source>In the first two weeks: {early} ({early_sessions}); in the last two: {late} ({late_sessions}).</source>
        <translation>In den ersten zwei Wochen: {early} ({early_sessions}); in den letzten zwei: {late} ({late_sessions}).</translation>
    </message>
    <message>
        <source>Average heart rate: {bpm} beats a minute. Beat-to-beat variation (RMSSD): {rmssd} ms.</source>
        <translation>Mittlere Herzfrequenz: {bpm} Schläge pro Minute. Schwankung von Schlag zu Schlag (RMSSD): {rmssd} ms.</translation>
    </message>
    <message>
        <source>The resonance finder last measured {pace} breaths a minute, on {day}.</source>
        <translation>Die Resonanzsuche hat zuletzt {pace} Atemzüge pro Minute gemessen, am {day}.</translation>
    </message>
    <message>
        <source>{path} is too large for a recording of heartbeats (over {mib} MiB)</source>
        <translation>{path} ist zu groß für eine Aufzeichnung von Herzschlägen (über {mib} MiB)</translation>
    </message>
    <message>
        <source>{path} is not a text file</source>
        <translation>{path} ist keine Textdatei</translation>
    </message>
    <message>
        <source>{path}, line {line}: not a number ({text})</source>
        <translation>{path}, Zeile {line}: keine Zahl ({text})</translation>
    </message>
    <message>
        <source>{path}, line {line}: give an interval in ms, or a time in seconds and an interval ({text})</source>
        <translation>{path}, Zeile {line}: Geben Sie ein Intervall in ms an, oder eine Zeit in Sekunden und ein Intervall ({text})</translation>
    </message>
    <message>
        <source>{path}, line {line}: {ms} ms is not a heartbeat&apos;s interval (250-3000 ms)</source>
        <translation>{path}, Zeile {line}: {ms} ms ist kein Intervall zwischen Herzschlägen (250-3000 ms)</translation>
    </message>
    <message>
        <source>{path} holds no heartbeat intervals</source>
        <translation>{path} enthält keine Intervalle zwischen Herzschlägen</translation>
    </message>
    <message>
        <source>The simulated heart</source>
        <translation>Das simulierte Herz</translation>
    </message>
    <message>
        <source>The recording {name}</source>
        <translation>Die Aufzeichnung {name}</translation>
    </message>
</context>
</TS>
