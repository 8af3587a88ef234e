"""About these exercises: why anxiety tightens muscles, why the practices help, when to see a doctor."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from relaxapp.core.safety import RED_FLAGS
from relaxapp.ui.widgets import back_row, label

ABOUT_HTML = """
<h2>Why anxiety shows up in your muscles</h2>
<p>When the mind senses a threat, the body gets ready to act: breathing speeds up and moves into
the chest, the heart beats faster, and muscles brace, most of all in the neck, shoulders, jaw and
back. That is useful for a moment. When worry goes on for weeks, the bracing can become a habit you
no longer notice, and it shows up as stiffness, aching, clenched teeth, twitches or cramps.
Tired, tense muscles then feel alarming, which feeds the worry.</p>

<h2>Why slow breathing helps</h2>
<p>Breathing is the one part of the body's alarm system you can steer directly. Breathing slowly,
low into the belly, with a longer breath out than in, strengthens the calming branch of the nervous
system. At around five to six breaths a minute, breathing and heart rhythm fall into step, and
for most people this is when the body settles fastest. A few minutes is enough to feel a change;
daily practice makes the calm easier to reach.</p>

<h2>Why progressive muscle relaxation helps</h2>
<p>Progressive muscle relaxation (PMR) works through the body one muscle group at a time: tense
for a few seconds, then let go for half a minute. Tensing on purpose makes the contrast clear,
so you learn what "relaxed" feels like in each place, and to notice tension early. With practice
you can let go without tensing first ("relaxation by recall"), and later in everyday moments.
It is a skill: it gets stronger over weeks of regular practice.</p>

<h2>When to see a doctor</h2>
<p>Anxiety causes many muscle symptoms, and most are harmless. Some symptoms, though, deserve a
check by a doctor, because conditions other than anxiety can cause them. Please get these looked
at, whatever you think the cause is:</p>
<ul>{red_flags}</ul>
<p>RelaxApp is a practice tool, not a doctor: it does not diagnose anything. If a symptom worries
you, a doctor can examine you and tell you what it is. Breathing and relaxation practice is still
fine while you wait, as long as it feels comfortable.</p>

<h2>Practising safely</h2>
<ul>
<li>Breathing should stay easy. If you feel light-headed or tingly, breathe normally for a minute.</li>
<li>Skip breath holds if they make you uncomfortable, or if you are pregnant or have a heart or
lung condition.</li>
<li>Tense muscles firmly but never to pain, and go gently with injured or cramp-prone areas.</li>
</ul>
"""


def about_html() -> str:
    flags = "".join(f"<li>{escape(symptom.label)}</li>" for symptom in RED_FLAGS)
    return ABOUT_HTML.replace("{red_flags}", flags)


class AboutPage(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.addLayout(back_row("Back", self.back))
        layout.addWidget(label("About these exercises", "title"))
        self.text = QTextBrowser()
        self.text.setAccessibleName("About these exercises")
        self.text.setHtml(about_html())
        layout.addWidget(self.text, 1)
        self.setFocusProxy(self.text)
