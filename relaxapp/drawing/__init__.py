"""What is drawn with QtGui but is not a widget: the body figure's geometry and the doctor's
report. No widgets and no pages here: the command line prints the report without a window."""
