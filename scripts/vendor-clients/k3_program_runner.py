#!/usr/bin/env python3
# Runs Kinova's own Kortex 3.3 Python client (unmodified) against kortex-sim K3 over mosquitto.
import sys, threading, time
sys.path.insert(0, sys.argv[1])
from kortex_api.MqttTransport import MqttTransport
from kortex_api.RouterClient import RouterClient
from kortex_api.autogen.client_stubs.SessionClientRpc import SessionClient
from kortex_api.autogen.client_stubs.BaseClientRpc import BaseClient
from kortex_api.autogen.client_stubs.ProgramRunnerClientRpc import ProgramRunnerClient
from kortex_api.autogen.messages import Session_pb2, Base_pb2, ProgramRunner_pb2, Common_pb2

port = int(sys.argv[2])
t = MqttTransport(); r = RouterClient(t, mqttBrokerHost='127.0.0.1', mqttBrokerPort=port); t.connect('127.0.0.1', port)
info = Session_pb2.CreateSessionInfo(); info.username = 'admin'; info.password = 'admin'
info.session_inactivity_timeout = 60000; info.connection_inactivity_timeout = 2000
sm = SessionClient(r); sm.CreateSession(info)
base = BaseClient(r); pr = ProgramRunnerClient(r)
print('arm state:', Base_pb2.ArmState.Name(base.GetArmState().active_state))
events = []; done = threading.Event()
def on_arm(n): events.append(('arm', Base_pb2.ArmState.Name(n.active_state)))
def on_exec(n):
    events.append(('exec', ProgramRunner_pb2.ExecutionEvent.Name(n.event)))
    if n.event in (ProgramRunner_pb2.EXECUTION_EVENT_COMPLETED, ProgramRunner_pb2.EXECUTION_EVENT_FAILED, ProgramRunner_pb2.EXECUTION_EVENT_STOPPED): done.set()
h_arm = base.OnNotificationArmStateTopic(on_arm, Common_pb2.NotificationOptions())
h_ex = pr.OnNotificationExecutionEventTopic(on_exec, Common_pb2.NotificationOptions())
programs = pr.ReadAllPrograms().programs
print('programs:', [(p.name, p.handle.identifier) for p in programs])
def start(name):
    p = next(p for p in programs if p.name == name)
    cfg = ProgramRunner_pb2.ProgramStartConfiguration(); cfg.handle.program_handle.CopyFrom(p.handle); pr.Start(cfg)
start('Home'); assert done.wait(10), 'no end'; print('events:', events)
assert [e[1] for e in events] == ['EXECUTION_EVENT_STARTED', 'EXECUTION_EVENT_COMPLETED'], events
events.clear(); done.clear(); start('Pick part'); time.sleep(0.3)
print('status:', ProgramRunner_pb2.Status.Name(pr.GetStatus().status))
pr.Pause(); time.sleep(0.2)
st = pr.GetStatus(); print('paused status:', ProgramRunner_pb2.Status.Name(st.status), 'program', st.current_handles.program_handle.identifier); rh = ProgramRunner_pb2.RunnableHandle(); rh.program_handle.CopyFrom(st.current_handles.program_handle); pr.Resume(rh); time.sleep(0.2); pr.Stop()
assert done.wait(10), 'no stop'; print('events:', events)
assert [e[1] for e in events] == ['EXECUTION_EVENT_STARTED', 'EXECUTION_EVENT_PAUSED', 'EXECUTION_EVENT_RESUMED', 'EXECUTION_EVENT_STOPPED'], events
base.ClearFaults(); time.sleep(0.2)
pr.Unsubscribe(h_ex); base.Unsubscribe(h_arm)
sm.CloseSession(); t.disconnect(); print('OK')
