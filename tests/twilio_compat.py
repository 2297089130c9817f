"""Checks the sandbox carrier with the official `twilio` Python package.

Run by tests/it/twilio_python.rs with SANDBOX_URL, ACCOUNT_SID and AUTH_TOKEN
set. Changes only the client's base URL; everything else is the library as
shipped. Every webhook the sandbox sends must pass the library's
RequestValidator.
"""

import base64
import datetime
import os
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.voice_response import Gather, VoiceResponse

SANDBOX_URL = os.environ["SANDBOX_URL"]
ACCOUNT_SID = os.environ["ACCOUNT_SID"]
AUTH_TOKEN = os.environ["AUTH_TOKEN"]

validator = RequestValidator(AUTH_TOKEN)
seen = []  # (path, valid)
lock = threading.Lock()


class Webhooks(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length).decode()
        params = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
        url = "http://127.0.0.1:%d%s" % (self.server.server_port, self.path)
        valid = validator.validate(url, params, self.headers.get("X-Twilio-Signature", ""))
        with lock:
            seen.append((self.path.split("?")[0], valid, params))
        if self.path.startswith("/twiml"):
            response = VoiceResponse()
            gather = Gather(input="speech", action="/gather?step=1", action_on_empty_result=True, timeout=3)
            gather.say("Hello, which office is this?", language="en-US")
            response.append(gather)
            payload = str(response).encode()
        elif self.path.startswith("/gather"):
            response = VoiceResponse()
            response.say("Thank you, goodbye.", language="en-US")
            response.hangup()
            payload = str(response).encode()
        else:
            payload = b""
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Webhooks)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hooks = "http://127.0.0.1:%d" % server.server_port

    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    client.api.base_url = SANDBOX_URL  # the only change from talking to Twilio

    started = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=5)
    call = client.calls.create(
        to="+821012345678",
        from_="+15005550006",
        url=hooks + "/twiml?call=1",
        status_callback=hooks + "/status?call=1",
        status_callback_event=["initiated", "ringing", "answered", "completed"],
        record=True,
        recording_channels="dual",
        recording_status_callback=hooks + "/recording?call=1",
        machine_detection="Enable",
    )
    assert call.sid.startswith("CA"), call.sid
    assert call.status == "queued", call.status
    print("created", call.sid)

    deadline = time.time() + 60
    while True:
        fetched = client.calls(call.sid).fetch()
        if fetched.status in ("completed", "busy", "no-answer", "failed", "canceled"):
            break
        assert time.time() < deadline, "call did not finish"
        time.sleep(0.2)
    print("fetched", fetched.sid, fetched.status, fetched.duration, fetched.start_time)
    assert fetched.to == "+821012345678"

    listed = client.calls.list(to="+821012345678", start_time_after=started, limit=20)
    assert [c.sid for c in listed] == [call.sid], [c.sid for c in listed]
    print("listed", len(listed))

    # The recording callback follows the call's end.
    deadline = time.time() + 30
    while not any(path == "/recording" for path, _, _ in seen):
        assert time.time() < deadline, "no recording callback"
        time.sleep(0.1)
    recording_params = [p for path, _, p in seen if path == "/recording"][0]
    recording = client.recordings(recording_params["RecordingSid"]).fetch()
    assert recording.call_sid == call.sid
    assert recording.channels == 2, recording.channels
    request = urllib.request.Request(recording_params["RecordingUrl"] + ".wav")
    credentials = base64.b64encode(("%s:%s" % (ACCOUNT_SID, AUTH_TOKEN)).encode()).decode()
    request.add_header("Authorization", "Basic " + credentials)
    audio = urllib.request.urlopen(request).read()
    assert audio[:4] == b"RIFF" and audio[8:12] == b"WAVE", audio[:12]
    print("recording", recording.sid, recording.duration, "s,", len(audio), "bytes")

    time.sleep(0.5)
    with lock:
        paths = sorted({path for path, _, _ in seen})
        invalid = [(path, params) for path, valid, params in seen if not valid]
    assert paths == ["/gather", "/recording", "/status", "/twiml"], paths
    assert not invalid, "signatures the library rejected: %r" % invalid
    print("webhooks validated:", len(seen), "of", len(seen))


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print("FAILED:", e, file=sys.stderr)
        raise
