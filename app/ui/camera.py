"""Scan loyalty cards with a webcam: live preview, frames decoded by zxing-cpp off the GUI thread."""

from __future__ import annotations

import zxingcpp
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoFrame, QVideoSink
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.codes import tokens


class _DecodeSignals(QObject):
    done = Signal(list)


class _DecodeJob(QRunnable):
    def __init__(self, image: QImage, signals: _DecodeSignals) -> None:
        super().__init__()
        self._image, self._signals = image, signals

    @Slot()
    def run(self) -> None:
        try:
            # Made per frame: a module-level instance outlives the binding at exit (nanobind reports a leak).
            qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
            found = [b.text for b in zxingcpp.read_barcodes(self._image, formats=qr_only)]
        except Exception:  # a damaged frame is just a frame without a card
            found = []
        self._signals.done.emit(found)


class FrameDecoder(QObject):
    """Watches a video sink; decodes one frame at a time and drops frames that arrive meanwhile.

    Signals:
        decoded(str): a Regulars payload seen by the camera.
    """

    decoded = Signal(str)

    def __init__(
        self, sink: QVideoSink, pool: QThreadPool | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._busy = False
        self._signals = _DecodeSignals()
        self._signals.done.connect(self._on_decoded)
        sink.videoFrameChanged.connect(self._on_frame)

    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._busy or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._busy = True
        self._pool.start(_DecodeJob(image, self._signals))

    @Slot(list)
    def _on_decoded(self, texts: list[str]) -> None:
        self._busy = False
        for text in texts:
            token = tokens.parse(text)
            if token:
                self.decoded.emit(tokens.payload(token))
                return


class CameraDialog(QDialog):
    """Signals: card_seen(str), the payload of a card held up to the camera."""

    card_seen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.resize(560, 520)
        self.cameras = QComboBox()
        self.cameras.setAccessibleName(self.tr("Camera"))
        self.preview = QVideoWidget()
        self.preview.setMinimumSize(480, 360)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoOutput(self.preview)
        self.camera: QCamera | None = None
        self.decoder = FrameDecoder(self.preview.videoSink(), parent=self)
        self.decoder.decoded.connect(self._on_card_decoded)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cameras)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.devices = QMediaDevices.videoInputs()
        for device in self.devices:
            self.cameras.addItem(device.description())
        if not self.devices:
            self.cameras.hide()
            self.preview.hide()
            self.status.setText(
                self.tr(
                    "No camera was found. Plug in a webcam and open this window again, "
                    "or scan the card with the barcode scanner, or type its code."
                )
            )
            return
        self.cameras.currentIndexChanged.connect(self._on_camera_chosen)
        self._on_camera_chosen(0)

    @Slot(int)
    def _on_camera_chosen(self, index: int) -> None:
        if self.camera:
            self.camera.stop()
        self.camera = QCamera(self.devices[index], self)
        self.camera.errorOccurred.connect(
            lambda _e, text: self.status.setText(self.tr("Camera problem: ") + text)
        )
        self.session.setCamera(self.camera)
        self.camera.start()
        self.status.setText(self.tr("Hold the card's QR code up to the camera."))

    @Slot(str)
    def _on_card_decoded(self, payload: str) -> None:
        self.card_seen.emit(payload)
        self.accept()

    def done(self, result: int) -> None:
        if self.camera:
            self.camera.stop()
        super().done(result)
