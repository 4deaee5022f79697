#!/usr/bin/env python3
# Runs Kinova's own Kortex 2.6 Python client (unmodified) against kortex-sim's Base service.
import sys, threading, time
sys.path.insert(0, sys.argv[1])
from kortex_api.TCPTransport import TCPTransport
from kortex_api.RouterClient import RouterClient
from kortex_api.SessionManager import SessionManager
from kortex_api.autogen.client_stubs.BaseClientRpc import BaseClient
from kortex_api.autogen.messages import Session_pb2, Base_pb2
from kortex_api.Exceptions.KServerException import KServerException

port = int(sys.argv[2])
t = TCPTransport(); r = RouterClient(t, lambda e: print('router error', e)); t.connect('127.0.0.1', port)
info = Session_pb2.CreateSessionInfo(); info.username = 'admin'; info.password = 'admin'
info.session_inactivity_timeout = 60000; info.connection_inactivity_timeout = 2000
sm = SessionManager(r); sm.CreateSession(info)
base = BaseClient(r)
print('arm state:', Base_pb2.ArmState.Name(base.GetArmState().active_state))
events = []; done = threading.Event()
def on_arm(n): events.append(('arm', Base_pb2.ArmState.Name(n.active_state)))
def on_action(n):
    events.append(('action', Base_pb2.ActionEvent.Name(n.action_event), n.handle.identifier))
    if n.action_event in (Base_pb2.ACTION_END, Base_pb2.ACTION_ABORT): done.set()
h_arm = base.OnNotificationArmStateTopic(on_arm, Base_pb2.NotificationOptions())
h_act = base.OnNotificationActionTopic(on_action, Base_pb2.NotificationOptions())
rt = Base_pb2.RequestedActionType(); rt.action_type = Base_pb2.UNSPECIFIED_ACTION
actions = base.ReadAllActions(rt).action_list
print('actions:', [(a.name, a.handle.identifier) for a in actions])
home = next(a for a in actions if a.name == 'Home')
print('read action:', base.ReadAction(home.handle).name)
base.ExecuteActionFromReference(home.handle)
assert done.wait(10), 'no end/abort'
print('events:', events)
assert [e[1] for e in events] == ['ACTION_START', 'ACTION_END'], events
# pause/resume/stop on a long job
events.clear(); done.clear()
pick = next(a for a in actions if a.name == 'Pick part')
base.ExecuteActionFromReference(pick.handle); time.sleep(0.3)
base.PauseAction(); time.sleep(0.2); base.ResumeAction(); time.sleep(0.2); base.StopAction()
assert done.wait(10), 'no end/abort after stop'
print('events:', events)
assert [e[1] for e in events] == ['ACTION_START', 'ACTION_PAUSE', 'ACTION_START', 'ACTION_ABORT'], events
base.Stop(); base.ClearFaults()
base.ApplyEmergencyStop(); assert base.GetArmState().active_state == Base_pb2.ARMSTATE_IN_FAULT; print('after e-stop: in fault')
base.ClearFaults(); assert base.GetArmState().active_state == Base_pb2.ARMSTATE_SERVOING_READY; print('after clear: ready')
time.sleep(0.2); print('arm events:', [e for e in events if e[0]=='arm']); base.Unsubscribe(h_arm); base.Unsubscribe(h_act)
try:
    base.ReadAction(Base_pb2.ActionHandle(identifier=99999))
except KServerException as e:
    print('unknown handle ->', e.get_error_code(), e.get_error_sub_code())
sm.CloseSession(); t.disconnect(); print('OK')
