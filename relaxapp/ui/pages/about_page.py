"""About these exercises: why anxiety tightens muscles, what the practices were found to do,
when to get help, practising safely, what else helps, and the source of every session."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from relaxapp import __version__
from relaxapp.core.library import LoadedSession
from relaxapp.core.safety import CRISIS_NOTE, EMERGENCY, SEE_A_DOCTOR
from relaxapp.core.today import HELPED_AT_LEAST, READY_DAYS, READY_SPAN_DAYS
from relaxapp.ui.widgets.common import back_row, label
from relaxapp.core.language import LANGUAGE_NAMES, QT_TR_NOOP, tr

# Each claim of benefit says what a study found, and names it; the list is under "Sources".
ABOUT_SECTIONS = (  # each its own text to translate, HTML and all; {fields} filled in
    QT_TR_NOOP("""<h2>When to get help</h2>
<p><b>Call emergency services now</b> (112 in Europe, 911 in North America, 999 in the UK, or
your local emergency number) for any of these. They can be signs of a stroke, a heart attack, a
blood clot or another condition that needs treatment at once, where every minute counts. Do not
wait to see whether it passes, and do not drive yourself:</p>
<ul>{emergency}</ul>
<p><b>{crisis}</b></p>
<p><b>See a doctor</b> about these. They can come from conditions of the nerves or muscles other
than anxiety, and an examination is the way to find out:</p>
<ul>{doctor}</ul>
<p>RelaxApp is a practice tool, not a doctor: it does not diagnose anything, and nothing here
replaces a doctor's advice. Cramps that come often deserve a check too.</p>"""),
    QT_TR_NOOP("""<h2>Why anxiety shows up in your muscles</h2>
<p>When the mind senses a threat, the body gets ready to act: breathing speeds up and moves into
the chest, the heart beats faster, and muscles brace, most of all in the neck, shoulders, jaw and
back. When worry goes on for weeks, the bracing can become a habit you no longer notice, and it
can show up as stiffness, aching, clenched teeth, twitches or cramps.</p>"""),
    QT_TR_NOOP("""<h2>What slow breathing was found to do</h2>
<p>Breathing is the one part of the body's alarm system you can steer directly. In the studies a
systematic review gathered, slow breathing (under ten breaths a minute) went with more heart
rate variability, and people reported more comfort and relaxation and less anxiety (Zaccaro et
al. 2018). The pace at which breathing
and heart rhythm swing together most, the resonance pace, differs from person to person: about
4.5 to 6.5 breaths a minute in adults (Shaffer &amp; Meehan 2020). <i>Find your slow pace,
by feel</i> lets you try five paces and keep the one that feels easiest: a pace chosen by feel,
not measured (the studies find the resonance pace from the heart rate, which RelaxApp does not
measure). In a laboratory study, a
breath out longer than the breath in felt more relaxing than the reverse (Van Diest et al. 2014).
In a month-long study of five minutes a day, cyclic sighing lifted mood more than mindfulness
meditation did and slowed breathing at rest; anxiety fell in every group of that study,
mindfulness included (Balban et al. 2023).</p>"""),
    QT_TR_NOOP("""<h2>What progressive muscle relaxation is</h2>
<p>Progressive muscle relaxation (PMR) works through the body one muscle group at a time: tense
for a few seconds, then let go for half a minute or more. Tensing on purpose makes the contrast
clear, so you learn what "relaxed" feels like in each place, and to notice tension early. It is a
skill that takes weeks of regular practice (Bernstein &amp; Borkovec 1973). With practice you can
let go without tensing first ("relaxation by recall"), and then in everyday moments, in 20 to 30
seconds: applied relaxation (Öst 1987). For trouble sleeping, relaxation methods are among the
treatments a sleep-medicine guideline suggests for chronic insomnia (a conditional
recommendation: Edinger et al. 2021).</p>"""),
    QT_TR_NOOP("""<h2>How much to practise, and when to move on</h2>
<p>The manuals ask for two practice sessions a day of 15 to 20 minutes, at times when you will
not be disturbed (Bernstein &amp; Borkovec 1973); applied relaxation, too, is practised at home
twice a day (Öst 1987). Stay with the 16 groups until they bring you a deep, reliable calm
before moving to 7 groups, then 4, then relaxing by recall. Today says
"Ready for the next step" when your own log shows it: practice on at least {ready_days} days over
{ready_span_days} days or more, with tension at least {helped} point lower after it, on
average.</p>"""),
    QT_TR_NOOP("""<h2>Practising safely</h2>
<ul>
<li>Never practise while driving or using machinery: the sessions ask you to close your eyes and
let go.</li>
<li>Breathing should stay easy. Tingling or light-headedness during or just after breathing
practice usually means breathing more than the body needs: pause, breathe normally, and next
time take smaller, gentler breaths or set the pace a little faster. Numbness or tingling that
lasts or keeps coming back is different: have it checked by a doctor.</li>
<li>Skip or shorten breath holds (the <i>Breath holds</i> choice before a session) if they make
you uncomfortable, or if you are pregnant or have a heart or lung condition.</li>
<li>With epilepsy, keep every breath gentle and unforced: over-breathing can bring on a seizure
in some people. Stop and breathe normally if you feel light-headed.</li>
<li>After eye surgery or with glaucoma, close the eyes gently in relaxation rather than squeezing
them. In later pregnancy, do not lie flat on your back, and leave out tensing the stomach.</li>
<li>Holding the breath while tensing raises blood pressure for a moment. With high blood
pressure, a heart condition or in pregnancy, breathe normally while you tense.</li>
<li>Tense muscles firmly but never to pain, and go gently with injured or cramp-prone areas. Never
point your toes or curl them down: that can set off a foot or calf cramp. Pull them up instead.</li>
<li>Some people feel more tense or uneasy at first when they relax: in one study about a third of
people with chronic anxiety did during progressive relaxation (Heide &amp; Borkovec 1983). It is
known and not harmful. It is fine to open your eyes, to stop, or to try a breathing session
instead; for many it eases with practice.</li>
</ul>"""),
    QT_TR_NOOP("""<h2>What else helps</h2>
<p>Breathing and relaxation are not the only things that ease muscle symptoms of anxiety. Gentle
regular exercise and stretching help; a calf and hamstring stretch before bed reduced night-time
leg cramps in a trial with older adults (Hallegraeff et al. 2012). So do enough water, enough
sleep, and less caffeine and alcohol. Magnesium is unlikely to help ordinary cramps (Allen &amp;
Kirby 2012), and potassium supplements can be dangerous with kidney disease or some blood-pressure
medicines: ask a doctor before taking supplements. Some medicines cause cramps, among them
diuretics, statins and some asthma and blood-pressure drugs: a pharmacist can tell you whether
yours might.</p>"""),
    QT_TR_NOOP("""<h2>Sleep</h2>
<p>Relaxation can help you wind down, and a sleep-medicine guideline suggests it for chronic
insomnia; the treatment it recommends most strongly is cognitive behavioural therapy for
insomnia (CBT-I), which a doctor or therapist can offer (Edinger et al. 2021). Its core habits
are simple to try:</p>
<ul>
<li>Get up at the same time every day, weekends too, however the night went.</li>
<li>Go to bed when you are sleepy, not before. If you lie awake for more than about 20
minutes, get up and do something quiet in dim light until you feel sleepy, then go back to bed
(stimulus control: Bootzin 1972).</li>
<li>Keep the bed for sleep (and sex): not for work, worry or screens.</li>
<li>No caffeine after early afternoon: a strong dose (400 mg, about four cups of coffee) taken
six hours before bed still cut sleep by more than an hour, measured at home (Drake et al.
2013).</li>
</ul>"""),
    QT_TR_NOOP("""<h2>Twitches and cramps</h2>
<p><b>Twitches</b>, a small muscle flickering under the skin (often an eyelid, a calf or a thumb),
are common and usually harmless: tiredness, caffeine, stress and hard exercise bring them on. In
a study that followed 121 people with such twitches for years, none developed a disease of the
nerves (Blexrud et al. 1993). See a doctor if twitching comes with weakness, a muscle getting
smaller, or trouble swallowing or speaking.</p>
<p><b>A cramp</b> is a sudden, hard tightening that lasts seconds to minutes. Stretch the muscle
gently until it lets go (Allen &amp; Kirby 2012): for the calf or the sole of the foot, pull your
toes up toward your shin, or stand and lean forward with the heel down; for the back of the
thigh, straighten the knee and lean forward from the hips; for the front of the thigh, bend the
knee and draw the foot toward your buttock. Then rub the muscle gently and walk a few steps.
Some medicines cause cramps, among them diuretics, statins and some asthma and blood-pressure
drugs: a pharmacist can tell you whether yours might. Cramps that come often, wake you night
after night, or come with weakness deserve a doctor's check; and a calf that is swollen, painful,
warm or red is not a cramp to stretch: it can be a blood clot, and needs a doctor the same
day.</p>"""),
    QT_TR_NOOP("""<h2>Sources</h2>
<p>For the claims on this page:</p>
<ul>{general}</ul>
<p>For each session:</p>
<ul>{sessions}</ul>"""),
    QT_TR_NOOP("""<h2>About RelaxApp</h2>
<p>RelaxApp {version}, free software under the GNU General Public License, version 3 or later
(GPL-3.0-or-later): you may use, study, share and change it. Your log stays on your computer.</p>
<p><b>Voices.</b> The natural voice is Piper (GPL-3.0) with its US English "joe" voice: Joe's
recordings are released as CC0, and the voice model was fine-tuned from Piper's "lessac" voice,
whose training recordings were published for research use; if that matters for how you use
RelaxApp, choose the system voice in Settings. The system voice is eSpeak NG
(GPL-3.0); it is also the voice of every language with no natural voice added (see the
end of this page). The chimes and background sounds are made by RelaxApp's own script
(<code>scripts/make_sounds.py</code>).</p>
<p><b>Built with</b> Qt and PySide6 (LGPL-3.0), pyqtgraph (MIT), sqlite-utils (Apache-2.0),
platformdirs (MIT) and jeepney (MIT).</p>"""),
)

GENERAL_SOURCES = (
    "Allen RE, Kirby KA (2012). Nocturnal leg cramps. American Family Physician 86(4):350-355.",
    "Blexrud MD, Windebank AJ, Daube JR (1993). Long-term follow-up of 121 patients with "
    "benign fasciculations. Annals of Neurology 34(4):622-625.",
    "Balban MY et al. (2023). Brief structured respiration practices enhance mood and reduce "
    "physiological arousal. Cell Reports Medicine 4(1):100895.",
    "Bernstein DA, Borkovec TD (1973). Progressive Relaxation Training: A Manual for the "
    "Helping Professions. Research Press.",
    "Bootzin RR (1972). Stimulus control treatment for insomnia. Proceedings of the 80th "
    "Annual Convention of the American Psychological Association 7:395-396.",
    "Drake C et al. (2013). Caffeine effects on sleep taken 0, 3, or 6 hours before going to "
    "bed. Journal of Clinical Sleep Medicine 9(11):1195-1200.",
    "Edinger JD et al. (2021). Behavioral and psychological treatments for chronic insomnia "
    "disorder in adults: an American Academy of Sleep Medicine clinical practice guideline. "
    "J Clin Sleep Med 17(2):255-262.",
    "Hallegraeff JM et al. (2012). Stretching before sleep reduces the frequency and severity "
    "of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy "
    "58(1):17-22.",
    "Heide FJ, Borkovec TD (1983). Relaxation-induced anxiety: paradoxical anxiety enhancement "
    "due to relaxation training. Journal of Consulting and Clinical Psychology 51(2):171-182.",
    "Öst L-G (1987). Applied relaxation: description of a coping technique and review of "
    "controlled studies. Behaviour Research and Therapy 25(5):397-409.",
    "Shaffer F, Meehan ZM (2020). A practical guide to resonance frequency assessment for heart "
    "rate variability biofeedback. Frontiers in Neuroscience 14:570400.",
    "Van Diest I et al. (2014). Inhalation/exhalation ratio modulates the effect of slow "
    "breathing on heart rate variability and relaxation. Applied Psychophysiology and "
    "Biofeedback 39:171-180.",
    "Zaccaro A et al. (2018). How breath-control can change your life: a systematic review on "
    "psycho-physiological correlates of slow breathing. Frontiers in Human Neuroscience 12:353.",
)


def _items(texts: Iterable[str]) -> str:
    return "".join(f"<li>{escape(text)}</li>" for text in texts)


def voices_html(folder: Path) -> str:
    """The natural voices the person added, each with its licence as it came, and the files
    that could not be used, with why; and where to add one."""
    from relaxapp.speech.voice_folder import find_voices

    voices, problems = find_voices(folder)
    parts = [tr("<h2>Natural voices you added</h2>"),
             "<p>" + escape(tr("Natural voices for other languages go in {folder}, each in a "
                               "folder of its own as the Piper voices collection gives it: the "
                               "model (.onnx), its settings (.onnx.json) and its MODEL_CARD. A "
                               "session in the voice's language is spoken by it, and its terms "
                               "are shown here.").format(folder=folder)) + "</p>"]
    for voice in voices:
        language = tr(LANGUAGE_NAMES[voice.language]) if voice.language in LANGUAGE_NAMES \
            else voice.language
        try:
            terms = voice.licence()
        except OSError as error:
            terms = tr("The licence file cannot be read: {reason}").format(
                reason=error.strerror or error)
        its_licence = tr("its licence:")
        parts.append(f"<p><b>{escape(voice.name)}</b> ({escape(language)}), "
                     f"{escape(its_licence)}</p><pre>{escape(terms)}</pre>")
    if not voices:
        parts.append("<p>" + escape(tr("None is installed.")) + "</p>")
    if problems:
        parts.append("<p>" + escape(tr("Not used:")) + "</p><ul>" + "".join(
            f"<li>{escape(problem.file.name)}: {escape(problem.reason)}</li>"
            for problem in problems) + "</ul>")
    return "\n".join(parts)


def about_html(sessions: Iterable[LoadedSession] = (), voices_folder: Path | None = None) -> str:
    listed = []
    for session in sorted(sessions, key=lambda s: s.script.title.lower()):
        script = session.script
        sources = "; ".join(script.sources) if script.sources else tr("no source given")
        listed.append(f"<li><b>{escape(script.title)}</b>: {escape(sources)}</li>")
    html = "\n\n".join(tr(section) for section in ABOUT_SECTIONS)
    # (the voices after the fields are filled in: a licence is shown exactly as written)
    voices = "\n\n" + voices_html(voices_folder) if voices_folder is not None else ""
    return (html.replace("{emergency}", _items(s.label for s in EMERGENCY))
            .replace("{doctor}", _items(s.label for s in SEE_A_DOCTOR))
            .replace("{crisis}", escape(tr(CRISIS_NOTE)))
            .replace("{general}", _items(GENERAL_SOURCES))
            .replace("{version}", escape(__version__))
            .replace("{ready_days}", str(READY_DAYS))
            .replace("{ready_span_days}", str(READY_SPAN_DAYS))
            .replace("{helped}", f"{HELPED_AT_LEAST:g}")
            .replace("{sessions}", "".join(listed) or "<li>" + tr("No sessions are loaded.") + "</li>")
            + voices)


class AboutPage(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.addLayout(back_row(tr("Back"), self.back))
        layout.addWidget(label(tr("About these exercises"), "title"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("About these exercises"))
        self.text.setHtml(about_html())
        layout.addWidget(self.text, 1)
        self.setFocusProxy(self.text)

    def show_sessions(self, sessions: Iterable[LoadedSession],
                      voices_folder: Path | None = None) -> None:
        """List the source of each of these sessions (the library as loaded now), and the
        voices added to ``voices_folder``."""
        self.text.setHtml(about_html(sessions, voices_folder))
