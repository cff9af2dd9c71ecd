"""One stylesheet for the whole window: calm colours, large type at the counter, alarms that stand out."""

ACCENT = "#2f6f4f"
ALERT = "#b3261e"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #faf7f2; }}
QWidget {{ font-size: 14px; color: #2b2b2b; }}
#header {{ background: #2f3e36; }}
#shopName {{ color: #f5efe3; font-size: 18px; font-weight: 600; }}
#searchBox {{
    font-size: 22px; padding: 8px 14px; border: 2px solid #c9c2b4; border-radius: 10px; background: white;
}}
#searchBox:focus {{ border-color: {ACCENT}; }}
#header QPushButton {{
    color: #f5efe3; background: transparent; border: 1px solid #7d8c83; border-radius: 8px; padding: 8px 14px;
}}
#header QPushButton:hover {{ background: #3e5147; }}
#results {{ background: white; border: 1px solid #e2dccf; border-radius: 10px; font-size: 16px; padding: 4px; }}
#sideTitle {{ font-size: 13px; color: #7a7368; font-weight: 600; text-transform: uppercase; }}
#customerName {{ font-size: 30px; font-weight: 700; }}
#subtle {{ color: #7a7368; }}
#badgeBirthday {{ background: #fde2b8; color: #6b3e00; border-radius: 10px; padding: 3px 10px; font-weight: 600; }}
#badgeCard {{ background: #e6e1f5; color: #3b2f73; border-radius: 10px; padding: 3px 10px; }}
#allergyBanner {{ background: {ALERT}; color: white; font-size: 18px; font-weight: 700; border-radius: 10px;
    padding: 10px 14px; }}
#dietBanner {{ background: #e6f0d9; color: #33561c; font-weight: 600; border-radius: 10px; padding: 6px 12px; }}
QFrame#panel {{ background: white; border: 1px solid #e2dccf; border-radius: 12px; }}
#panelTitle {{ font-size: 13px; color: #7a7368; font-weight: 600; }}
#usualItems {{ font-size: 20px; font-weight: 600; }}
#bigAction {{ background: {ACCENT}; color: white; font-size: 18px; font-weight: 700; border: none;
    border-radius: 10px; padding: 12px 18px; }}
#bigAction:hover {{ background: #255a40; }}
#bigAction:disabled {{ background: #b9c7bd; }}
#itemButton {{ background: #f3efe7; border: 1px solid #ddd5c6; border-radius: 8px; padding: 8px 10px; }}
#itemButton:hover {{ background: #ebe4d6; }}
#balance {{ font-size: 34px; font-weight: 700; color: {ACCENT}; }}
#toastOk {{ background: #dcebe1; color: #1f4d35; border-radius: 8px; padding: 8px 12px; font-weight: 600; }}
#toastError {{ background: #fbe3e1; color: {ALERT}; border-radius: 8px; padding: 8px 12px; font-weight: 600; }}
#cue {{ background: #fff4d6; color: #6b4e00; border-radius: 8px; padding: 8px 12px; }}
#fieldError {{ color: {ALERT}; font-size: 12px; }}
QPushButton {{ padding: 6px 12px; }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px; }}
QScrollBar::handle {{ background: #d5cec0; border-radius: 4px; min-height: 32px; min-width: 32px; }}
QScrollBar::handle:hover {{ background: #b9b0a0; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QProgressBar {{ border: none; background: #eee7da; border-radius: 6px; height: 12px; text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 6px; }}
"""
