/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.Kinova = (function() {

    /**
     * Namespace Kinova.
     * @exports Kinova
     * @namespace
     */
    var Kinova = {};

    Kinova.Api = (function() {

        /**
         * Namespace Api.
         * @memberof Kinova
         * @namespace
         */
        var Api = {};

        /**
         * ErrorCodes enum.
         * @name Kinova.Api.ErrorCodes
         * @enum {number}
         * @property {number} ERROR_NONE=0 ERROR_NONE value
         * @property {number} ERROR_PROTOCOL_SERVER=1 ERROR_PROTOCOL_SERVER value
         * @property {number} ERROR_PROTOCOL_CLIENT=2 ERROR_PROTOCOL_CLIENT value
         * @property {number} ERROR_DEVICE=3 ERROR_DEVICE value
         * @property {number} ERROR_INTERNAL=4 ERROR_INTERNAL value
         */
        Api.ErrorCodes = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_NONE"] = 0;
            values[valuesById[1] = "ERROR_PROTOCOL_SERVER"] = 1;
            values[valuesById[2] = "ERROR_PROTOCOL_CLIENT"] = 2;
            values[valuesById[3] = "ERROR_DEVICE"] = 3;
            values[valuesById[4] = "ERROR_INTERNAL"] = 4;
            return values;
        })();

        /**
         * SubErrorCodes enum.
         * @name Kinova.Api.SubErrorCodes
         * @enum {number}
         * @property {number} SUB_ERROR_NONE=0 SUB_ERROR_NONE value
         * @property {number} METHOD_FAILED=1 METHOD_FAILED value
         * @property {number} UNIMPLEMENTED=2 UNIMPLEMENTED value
         * @property {number} INVALID_PARAM=3 INVALID_PARAM value
         * @property {number} UNSUPPORTED_SERVICE=4 UNSUPPORTED_SERVICE value
         * @property {number} UNSUPPORTED_METHOD=5 UNSUPPORTED_METHOD value
         * @property {number} TOO_LARGE_ENCODED_FRAME_BUFFER=6 TOO_LARGE_ENCODED_FRAME_BUFFER value
         * @property {number} FRAME_ENCODING_ERR=7 FRAME_ENCODING_ERR value
         * @property {number} FRAME_DECODING_ERR=8 FRAME_DECODING_ERR value
         * @property {number} INCOMPATIBLE_HEADER_VERSION=9 INCOMPATIBLE_HEADER_VERSION value
         * @property {number} UNSUPPORTED_FRAME_TYPE=10 UNSUPPORTED_FRAME_TYPE value
         * @property {number} UNREGISTERED_NOTIFICATION_RECEIVED=11 UNREGISTERED_NOTIFICATION_RECEIVED value
         * @property {number} INVALID_SESSION=12 INVALID_SESSION value
         * @property {number} PAYLOAD_DECODING_ERR=13 PAYLOAD_DECODING_ERR value
         * @property {number} UNREGISTERED_FRAME_RECEIVED=14 UNREGISTERED_FRAME_RECEIVED value
         * @property {number} INVALID_PASSWORD=15 INVALID_PASSWORD value
         * @property {number} USER_NOT_FOUND=16 USER_NOT_FOUND value
         * @property {number} ENTITY_NOT_FOUND=17 ENTITY_NOT_FOUND value
         * @property {number} ROBOT_MOVEMENT_IN_PROGRESS=18 ROBOT_MOVEMENT_IN_PROGRESS value
         * @property {number} ROBOT_NOT_MOVING=19 ROBOT_NOT_MOVING value
         * @property {number} NO_MORE_STORAGE_SPACE=20 NO_MORE_STORAGE_SPACE value
         * @property {number} ROBOT_NOT_READY=21 ROBOT_NOT_READY value
         * @property {number} ROBOT_IN_FAULT=22 ROBOT_IN_FAULT value
         * @property {number} ROBOT_IN_MAINTENANCE=23 ROBOT_IN_MAINTENANCE value
         * @property {number} ROBOT_IN_UPDATE_MODE=24 ROBOT_IN_UPDATE_MODE value
         * @property {number} ROBOT_IN_EMERGENCY_STOP=25 ROBOT_IN_EMERGENCY_STOP value
         * @property {number} SINGLE_LEVEL_SERVOING=26 SINGLE_LEVEL_SERVOING value
         * @property {number} LOW_LEVEL_SERVOING=27 LOW_LEVEL_SERVOING value
         * @property {number} MAPPING_GROUP_NON_ROOT=28 MAPPING_GROUP_NON_ROOT value
         * @property {number} MAPPING_INVALID_GROUP=29 MAPPING_INVALID_GROUP value
         * @property {number} MAPPING_INVALID_MAP=30 MAPPING_INVALID_MAP value
         * @property {number} MAP_GROUP_INVALID_MAP=31 MAP_GROUP_INVALID_MAP value
         * @property {number} MAP_GROUP_INVALID_PARENT=32 MAP_GROUP_INVALID_PARENT value
         * @property {number} MAP_GROUP_INVALID_CHILD=33 MAP_GROUP_INVALID_CHILD value
         * @property {number} MAP_GROUP_INVALID_MOVE=34 MAP_GROUP_INVALID_MOVE value
         * @property {number} MAP_IN_USE=35 MAP_IN_USE value
         * @property {number} WIFI_CONNECT_ERROR=36 WIFI_CONNECT_ERROR value
         * @property {number} UNSUPPORTED_NETWORK_TYPE=37 UNSUPPORTED_NETWORK_TYPE value
         * @property {number} TOO_LARGE_ENCODED_PAYLOAD_BUFFER=38 TOO_LARGE_ENCODED_PAYLOAD_BUFFER value
         * @property {number} UPDATE_PERMISSION_DENIED=39 UPDATE_PERMISSION_DENIED value
         * @property {number} DELETE_PERMISSION_DENIED=40 DELETE_PERMISSION_DENIED value
         * @property {number} DATABASE_ERROR=41 DATABASE_ERROR value
         * @property {number} UNSUPPORTED_OPTION=42 UNSUPPORTED_OPTION value
         * @property {number} UNSUPPORTED_RESOLUTION=43 UNSUPPORTED_RESOLUTION value
         * @property {number} UNSUPPORTED_FRAME_RATE=44 UNSUPPORTED_FRAME_RATE value
         * @property {number} UNSUPPORTED_BIT_RATE=45 UNSUPPORTED_BIT_RATE value
         * @property {number} UNSUPPORTED_ACTION=46 UNSUPPORTED_ACTION value
         * @property {number} UNSUPPORTED_FOCUS_ACTION=47 UNSUPPORTED_FOCUS_ACTION value
         * @property {number} VALUE_IS_ABOVE_MAXIMUM=48 VALUE_IS_ABOVE_MAXIMUM value
         * @property {number} VALUE_IS_BELOW_MINIMUM=49 VALUE_IS_BELOW_MINIMUM value
         * @property {number} DEVICE_DISCONNECTED=50 DEVICE_DISCONNECTED value
         * @property {number} DEVICE_NOT_READY=51 DEVICE_NOT_READY value
         * @property {number} INVALID_DEVICE=52 INVALID_DEVICE value
         * @property {number} SAFETY_THRESHOLD_REACHED=53 SAFETY_THRESHOLD_REACHED value
         * @property {number} INVALID_USER_SESSION_ACCESS=54 INVALID_USER_SESSION_ACCESS value
         * @property {number} CONTROL_MANUAL_STOP=55 CONTROL_MANUAL_STOP value
         * @property {number} CONTROL_OUTSIDE_WORKSPACE=56 CONTROL_OUTSIDE_WORKSPACE value
         * @property {number} CONTROL_ACTUATOR_COUNT_MISMATCH=57 CONTROL_ACTUATOR_COUNT_MISMATCH value
         * @property {number} CONTROL_INVALID_DURATION=58 CONTROL_INVALID_DURATION value
         * @property {number} CONTROL_INVALID_SPEED=59 CONTROL_INVALID_SPEED value
         * @property {number} CONTROL_LARGE_SPEED=60 CONTROL_LARGE_SPEED value
         * @property {number} CONTROL_INVALID_ACCELERATION=61 CONTROL_INVALID_ACCELERATION value
         * @property {number} CONTROL_INVALID_TIME_STEP=62 CONTROL_INVALID_TIME_STEP value
         * @property {number} CONTROL_LARGE_SIZE=63 CONTROL_LARGE_SIZE value
         * @property {number} CONTROL_WRONG_MODE=64 CONTROL_WRONG_MODE value
         * @property {number} CONTROL_JOINT_POSITION_LIMIT=65 CONTROL_JOINT_POSITION_LIMIT value
         * @property {number} CONTROL_NO_FILE_IN_MEMORY=66 CONTROL_NO_FILE_IN_MEMORY value
         * @property {number} CONTROL_INDEX_OUT_OF_TRAJECTORY=67 CONTROL_INDEX_OUT_OF_TRAJECTORY value
         * @property {number} CONTROL_ALREADY_RUNNING=68 CONTROL_ALREADY_RUNNING value
         * @property {number} CONTROL_WRONG_STARTING_POINT=69 CONTROL_WRONG_STARTING_POINT value
         * @property {number} CONTROL_CARTESIAN_CANNOT_START=70 CONTROL_CARTESIAN_CANNOT_START value
         * @property {number} CONTROL_UNDEFINED_CONSTRAINT=71 CONTROL_UNDEFINED_CONSTRAINT value
         * @property {number} CONTROL_UNINITIALIZED=72 CONTROL_UNINITIALIZED value
         * @property {number} CONTROL_NO_ACTION=73 CONTROL_NO_ACTION value
         * @property {number} CONTROL_UNDEFINED=74 CONTROL_UNDEFINED value
         * @property {number} WRONG_SERVOING_MODE=75 WRONG_SERVOING_MODE value
         * @property {number} CONTROL_WRONG_STARTING_SPEED=76 CONTROL_WRONG_STARTING_SPEED value
         * @property {number} USERNAME_LENGTH_EXCEEDED=100 USERNAME_LENGTH_EXCEEDED value
         * @property {number} FIRSTNAME_LENGTH_EXCEEDED=101 FIRSTNAME_LENGTH_EXCEEDED value
         * @property {number} LASTNAME_LENGTH_EXCEEDED=102 LASTNAME_LENGTH_EXCEEDED value
         * @property {number} PASSWORD_LENGTH_EXCEEDED=103 PASSWORD_LENGTH_EXCEEDED value
         * @property {number} USERNAME_ALREADY_EXISTS=104 USERNAME_ALREADY_EXISTS value
         * @property {number} USERNAME_EMPTY=105 USERNAME_EMPTY value
         * @property {number} PASSWORD_NOT_CHANGED=106 PASSWORD_NOT_CHANGED value
         * @property {number} MAXIMUM_USER_PROFILES_USED=107 MAXIMUM_USER_PROFILES_USED value
         * @property {number} ROUTER_UNVAILABLE=108 ROUTER_UNVAILABLE value
         * @property {number} ADDRESS_NOT_IN_VALID_RANGE=120 ADDRESS_NOT_IN_VALID_RANGE value
         * @property {number} ADDRESS_NOT_CONFIGURABLE=121 ADDRESS_NOT_CONFIGURABLE value
         * @property {number} SESSION_NOT_IN_CONTROL=130 SESSION_NOT_IN_CONTROL value
         * @property {number} METHOD_TIMEOUT=131 METHOD_TIMEOUT value
         * @property {number} UNSUPPORTED_ROBOT_CONFIGURATION=132 UNSUPPORTED_ROBOT_CONFIGURATION value
         * @property {number} NVRAM_READ_FAIL=133 NVRAM_READ_FAIL value
         * @property {number} NVRAM_WRITE_FAIL=134 NVRAM_WRITE_FAIL value
         * @property {number} NETWORK_NO_ADDRESS_ASSIGNED=135 NETWORK_NO_ADDRESS_ASSIGNED value
         * @property {number} READ_PERMISSION_DENIED=136 READ_PERMISSION_DENIED value
         * @property {number} CONTROLLER_INVALID_MAPPING=137 CONTROLLER_INVALID_MAPPING value
         * @property {number} ACTION_IN_USE=138 ACTION_IN_USE value
         * @property {number} SEND_FAILED=139 SEND_FAILED value
         * @property {number} CONTROL_WAYPOINT_TRAJECTORY_ABORTED=140 CONTROL_WAYPOINT_TRAJECTORY_ABORTED value
         * @property {number} CONTROL_PERMISSION_DENIED=141 CONTROL_PERMISSION_DENIED value
         * @property {number} COLLISION_DETECTED=142 COLLISION_DETECTED value
         * @property {number} WRONG_MODE=143 WRONG_MODE value
         */
        Api.SubErrorCodes = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUB_ERROR_NONE"] = 0;
            values[valuesById[1] = "METHOD_FAILED"] = 1;
            values[valuesById[2] = "UNIMPLEMENTED"] = 2;
            values[valuesById[3] = "INVALID_PARAM"] = 3;
            values[valuesById[4] = "UNSUPPORTED_SERVICE"] = 4;
            values[valuesById[5] = "UNSUPPORTED_METHOD"] = 5;
            values[valuesById[6] = "TOO_LARGE_ENCODED_FRAME_BUFFER"] = 6;
            values[valuesById[7] = "FRAME_ENCODING_ERR"] = 7;
            values[valuesById[8] = "FRAME_DECODING_ERR"] = 8;
            values[valuesById[9] = "INCOMPATIBLE_HEADER_VERSION"] = 9;
            values[valuesById[10] = "UNSUPPORTED_FRAME_TYPE"] = 10;
            values[valuesById[11] = "UNREGISTERED_NOTIFICATION_RECEIVED"] = 11;
            values[valuesById[12] = "INVALID_SESSION"] = 12;
            values[valuesById[13] = "PAYLOAD_DECODING_ERR"] = 13;
            values[valuesById[14] = "UNREGISTERED_FRAME_RECEIVED"] = 14;
            values[valuesById[15] = "INVALID_PASSWORD"] = 15;
            values[valuesById[16] = "USER_NOT_FOUND"] = 16;
            values[valuesById[17] = "ENTITY_NOT_FOUND"] = 17;
            values[valuesById[18] = "ROBOT_MOVEMENT_IN_PROGRESS"] = 18;
            values[valuesById[19] = "ROBOT_NOT_MOVING"] = 19;
            values[valuesById[20] = "NO_MORE_STORAGE_SPACE"] = 20;
            values[valuesById[21] = "ROBOT_NOT_READY"] = 21;
            values[valuesById[22] = "ROBOT_IN_FAULT"] = 22;
            values[valuesById[23] = "ROBOT_IN_MAINTENANCE"] = 23;
            values[valuesById[24] = "ROBOT_IN_UPDATE_MODE"] = 24;
            values[valuesById[25] = "ROBOT_IN_EMERGENCY_STOP"] = 25;
            values[valuesById[26] = "SINGLE_LEVEL_SERVOING"] = 26;
            values[valuesById[27] = "LOW_LEVEL_SERVOING"] = 27;
            values[valuesById[28] = "MAPPING_GROUP_NON_ROOT"] = 28;
            values[valuesById[29] = "MAPPING_INVALID_GROUP"] = 29;
            values[valuesById[30] = "MAPPING_INVALID_MAP"] = 30;
            values[valuesById[31] = "MAP_GROUP_INVALID_MAP"] = 31;
            values[valuesById[32] = "MAP_GROUP_INVALID_PARENT"] = 32;
            values[valuesById[33] = "MAP_GROUP_INVALID_CHILD"] = 33;
            values[valuesById[34] = "MAP_GROUP_INVALID_MOVE"] = 34;
            values[valuesById[35] = "MAP_IN_USE"] = 35;
            values[valuesById[36] = "WIFI_CONNECT_ERROR"] = 36;
            values[valuesById[37] = "UNSUPPORTED_NETWORK_TYPE"] = 37;
            values[valuesById[38] = "TOO_LARGE_ENCODED_PAYLOAD_BUFFER"] = 38;
            values[valuesById[39] = "UPDATE_PERMISSION_DENIED"] = 39;
            values[valuesById[40] = "DELETE_PERMISSION_DENIED"] = 40;
            values[valuesById[41] = "DATABASE_ERROR"] = 41;
            values[valuesById[42] = "UNSUPPORTED_OPTION"] = 42;
            values[valuesById[43] = "UNSUPPORTED_RESOLUTION"] = 43;
            values[valuesById[44] = "UNSUPPORTED_FRAME_RATE"] = 44;
            values[valuesById[45] = "UNSUPPORTED_BIT_RATE"] = 45;
            values[valuesById[46] = "UNSUPPORTED_ACTION"] = 46;
            values[valuesById[47] = "UNSUPPORTED_FOCUS_ACTION"] = 47;
            values[valuesById[48] = "VALUE_IS_ABOVE_MAXIMUM"] = 48;
            values[valuesById[49] = "VALUE_IS_BELOW_MINIMUM"] = 49;
            values[valuesById[50] = "DEVICE_DISCONNECTED"] = 50;
            values[valuesById[51] = "DEVICE_NOT_READY"] = 51;
            values[valuesById[52] = "INVALID_DEVICE"] = 52;
            values[valuesById[53] = "SAFETY_THRESHOLD_REACHED"] = 53;
            values[valuesById[54] = "INVALID_USER_SESSION_ACCESS"] = 54;
            values[valuesById[55] = "CONTROL_MANUAL_STOP"] = 55;
            values[valuesById[56] = "CONTROL_OUTSIDE_WORKSPACE"] = 56;
            values[valuesById[57] = "CONTROL_ACTUATOR_COUNT_MISMATCH"] = 57;
            values[valuesById[58] = "CONTROL_INVALID_DURATION"] = 58;
            values[valuesById[59] = "CONTROL_INVALID_SPEED"] = 59;
            values[valuesById[60] = "CONTROL_LARGE_SPEED"] = 60;
            values[valuesById[61] = "CONTROL_INVALID_ACCELERATION"] = 61;
            values[valuesById[62] = "CONTROL_INVALID_TIME_STEP"] = 62;
            values[valuesById[63] = "CONTROL_LARGE_SIZE"] = 63;
            values[valuesById[64] = "CONTROL_WRONG_MODE"] = 64;
            values[valuesById[65] = "CONTROL_JOINT_POSITION_LIMIT"] = 65;
            values[valuesById[66] = "CONTROL_NO_FILE_IN_MEMORY"] = 66;
            values[valuesById[67] = "CONTROL_INDEX_OUT_OF_TRAJECTORY"] = 67;
            values[valuesById[68] = "CONTROL_ALREADY_RUNNING"] = 68;
            values[valuesById[69] = "CONTROL_WRONG_STARTING_POINT"] = 69;
            values[valuesById[70] = "CONTROL_CARTESIAN_CANNOT_START"] = 70;
            values[valuesById[71] = "CONTROL_UNDEFINED_CONSTRAINT"] = 71;
            values[valuesById[72] = "CONTROL_UNINITIALIZED"] = 72;
            values[valuesById[73] = "CONTROL_NO_ACTION"] = 73;
            values[valuesById[74] = "CONTROL_UNDEFINED"] = 74;
            values[valuesById[75] = "WRONG_SERVOING_MODE"] = 75;
            values[valuesById[76] = "CONTROL_WRONG_STARTING_SPEED"] = 76;
            values[valuesById[100] = "USERNAME_LENGTH_EXCEEDED"] = 100;
            values[valuesById[101] = "FIRSTNAME_LENGTH_EXCEEDED"] = 101;
            values[valuesById[102] = "LASTNAME_LENGTH_EXCEEDED"] = 102;
            values[valuesById[103] = "PASSWORD_LENGTH_EXCEEDED"] = 103;
            values[valuesById[104] = "USERNAME_ALREADY_EXISTS"] = 104;
            values[valuesById[105] = "USERNAME_EMPTY"] = 105;
            values[valuesById[106] = "PASSWORD_NOT_CHANGED"] = 106;
            values[valuesById[107] = "MAXIMUM_USER_PROFILES_USED"] = 107;
            values[valuesById[108] = "ROUTER_UNVAILABLE"] = 108;
            values[valuesById[120] = "ADDRESS_NOT_IN_VALID_RANGE"] = 120;
            values[valuesById[121] = "ADDRESS_NOT_CONFIGURABLE"] = 121;
            values[valuesById[130] = "SESSION_NOT_IN_CONTROL"] = 130;
            values[valuesById[131] = "METHOD_TIMEOUT"] = 131;
            values[valuesById[132] = "UNSUPPORTED_ROBOT_CONFIGURATION"] = 132;
            values[valuesById[133] = "NVRAM_READ_FAIL"] = 133;
            values[valuesById[134] = "NVRAM_WRITE_FAIL"] = 134;
            values[valuesById[135] = "NETWORK_NO_ADDRESS_ASSIGNED"] = 135;
            values[valuesById[136] = "READ_PERMISSION_DENIED"] = 136;
            values[valuesById[137] = "CONTROLLER_INVALID_MAPPING"] = 137;
            values[valuesById[138] = "ACTION_IN_USE"] = 138;
            values[valuesById[139] = "SEND_FAILED"] = 139;
            values[valuesById[140] = "CONTROL_WAYPOINT_TRAJECTORY_ABORTED"] = 140;
            values[valuesById[141] = "CONTROL_PERMISSION_DENIED"] = 141;
            values[valuesById[142] = "COLLISION_DETECTED"] = 142;
            values[valuesById[143] = "WRONG_MODE"] = 143;
            return values;
        })();

        /**
         * HeaderVersion enum.
         * @name Kinova.Api.HeaderVersion
         * @enum {number}
         * @property {number} RESERVED_0=0 RESERVED_0 value
         * @property {number} CURRENT_VERSION=1 CURRENT_VERSION value
         */
        Api.HeaderVersion = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESERVED_0"] = 0;
            values[valuesById[1] = "CURRENT_VERSION"] = 1;
            return values;
        })();

        /**
         * FrameTypes enum.
         * @name Kinova.Api.FrameTypes
         * @enum {number}
         * @property {number} RESERVED=0 RESERVED value
         * @property {number} MSG_FRAME_REQUEST=1 MSG_FRAME_REQUEST value
         * @property {number} MSG_FRAME_RAW=2 MSG_FRAME_RAW value
         * @property {number} MSG_FRAME_RESPONSE=3 MSG_FRAME_RESPONSE value
         * @property {number} MSG_FRAME_NOTIFICATION=5 MSG_FRAME_NOTIFICATION value
         * @property {number} MSG_FRAME_PING=7 MSG_FRAME_PING value
         * @property {number} MSG_FRAME_PONG=8 MSG_FRAME_PONG value
         */
        Api.FrameTypes = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESERVED"] = 0;
            values[valuesById[1] = "MSG_FRAME_REQUEST"] = 1;
            values[valuesById[2] = "MSG_FRAME_RAW"] = 2;
            values[valuesById[3] = "MSG_FRAME_RESPONSE"] = 3;
            values[valuesById[5] = "MSG_FRAME_NOTIFICATION"] = 5;
            values[valuesById[7] = "MSG_FRAME_PING"] = 7;
            values[valuesById[8] = "MSG_FRAME_PONG"] = 8;
            return values;
        })();

        Api.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} Kinova.Api.Frame.$Properties
             * @property {Kinova.Api.Header.$Properties|null} [header] Frame header
             * @property {Uint8Array|null} [payload] Frame payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof Kinova.Api
             * @interface IFrame
             * @augments Kinova.Api.Frame.$Properties
             * @deprecated Use Kinova.Api.Frame.$Properties instead.
             */

            /**
             * Shape of a Frame.
             * @typedef {Kinova.Api.Frame.$Properties} Kinova.Api.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof Kinova.Api
             * @classdesc Represents a Frame.
             * @constructor
             * @param {Kinova.Api.Frame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Frame = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Frame header.
             * @member {Kinova.Api.Header.$Properties|null|undefined} header
             * @memberof Kinova.Api.Frame
             * @instance
             */
            Frame.prototype.header = null;

            /**
             * Frame payload.
             * @member {Uint8Array} payload
             * @memberof Kinova.Api.Frame
             * @instance
             */
            Frame.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof Kinova.Api.Frame
             * @static
             * @param {Kinova.Api.Frame.$Properties=} [properties] Properties to set
             * @returns {Kinova.Api.Frame} Frame instance
             * @type {{
             *   (properties: Kinova.Api.Frame.$Shape): Kinova.Api.Frame & Kinova.Api.Frame.$Shape;
             *   (properties?: Kinova.Api.Frame.$Properties): Kinova.Api.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link Kinova.Api.Frame.verify|verify} messages.
             * @function encode
             * @memberof Kinova.Api.Frame
             * @static
             * @param {Kinova.Api.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.Kinova.Api.Header.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof Kinova.Api.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {Kinova.Api.Frame & Kinova.Api.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.Kinova.Api.Frame();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.Kinova.Api.Header.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Frame message.
             * @function verify
             * @memberof Kinova.Api.Frame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Frame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    var error = $root.Kinova.Api.Header.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof Kinova.Api.Frame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {Kinova.Api.Frame} Frame
             */
            Frame.fromObject = function (object, _depth) {
                if (object instanceof $root.Kinova.Api.Frame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".Kinova.Api.Frame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.Kinova.Api.Frame();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".Kinova.Api.Frame.header: object expected");
                    message.header = $root.Kinova.Api.Header.fromObject(object.header, _depth + 1);
                }
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof Kinova.Api.Frame
             * @static
             * @param {Kinova.Api.Frame} message Frame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.header = null;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.Kinova.Api.Header.toObject(message.header, options, _depth + 1);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof Kinova.Api.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof Kinova.Api.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/Kinova.Api.Frame";
            };

            return Frame;
        })();

        Api.Header = (function() {

            /**
             * Properties of a Header.
             * @typedef {Object} Kinova.Api.Header.$Properties
             * @property {number|null} [frameInfo] Header frameInfo
             * @property {number|null} [messageInfo] Header messageInfo
             * @property {number|null} [serviceInfo] Header serviceInfo
             * @property {number|null} [payloadInfo] Header payloadInfo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Header.
             * @memberof Kinova.Api
             * @interface IHeader
             * @augments Kinova.Api.Header.$Properties
             * @deprecated Use Kinova.Api.Header.$Properties instead.
             */

            /**
             * Shape of a Header.
             * @typedef {Kinova.Api.Header.$Properties} Kinova.Api.Header.$Shape
             */

            /**
             * Constructs a new Header.
             * @memberof Kinova.Api
             * @classdesc Represents a Header.
             * @constructor
             * @param {Kinova.Api.Header.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Header = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Header frameInfo.
             * @member {number} frameInfo
             * @memberof Kinova.Api.Header
             * @instance
             */
            Header.prototype.frameInfo = 0;

            /**
             * Header messageInfo.
             * @member {number} messageInfo
             * @memberof Kinova.Api.Header
             * @instance
             */
            Header.prototype.messageInfo = 0;

            /**
             * Header serviceInfo.
             * @member {number} serviceInfo
             * @memberof Kinova.Api.Header
             * @instance
             */
            Header.prototype.serviceInfo = 0;

            /**
             * Header payloadInfo.
             * @member {number} payloadInfo
             * @memberof Kinova.Api.Header
             * @instance
             */
            Header.prototype.payloadInfo = 0;

            /**
             * Creates a new Header instance using the specified properties.
             * @function create
             * @memberof Kinova.Api.Header
             * @static
             * @param {Kinova.Api.Header.$Properties=} [properties] Properties to set
             * @returns {Kinova.Api.Header} Header instance
             * @type {{
             *   (properties: Kinova.Api.Header.$Shape): Kinova.Api.Header & Kinova.Api.Header.$Shape;
             *   (properties?: Kinova.Api.Header.$Properties): Kinova.Api.Header;
             * }}
             */
            Header.create = function(properties) {
                return new Header(properties);
            };

            /**
             * Encodes the specified Header message. Does not implicitly {@link Kinova.Api.Header.verify|verify} messages.
             * @function encode
             * @memberof Kinova.Api.Header
             * @static
             * @param {Kinova.Api.Header.$Properties} message Header message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Header.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.frameInfo != null && $Object.hasOwnProperty.call(message, "frameInfo") && message.frameInfo !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.frameInfo);
                if (message.messageInfo != null && $Object.hasOwnProperty.call(message, "messageInfo") && message.messageInfo !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.messageInfo);
                if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo") && message.serviceInfo !== 0)
                    writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.serviceInfo);
                if (message.payloadInfo != null && $Object.hasOwnProperty.call(message, "payloadInfo") && message.payloadInfo !== 0)
                    writer.uint32(/* id 4, wireType 5 =*/37).fixed32(message.payloadInfo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @function decode
             * @memberof Kinova.Api.Header
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {Kinova.Api.Header & Kinova.Api.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Header.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.Kinova.Api.Header();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.frameInfo = value;
                            else
                                delete message.frameInfo;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.messageInfo = value;
                            else
                                delete message.messageInfo;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.serviceInfo = value;
                            else
                                delete message.serviceInfo;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.payloadInfo = value;
                            else
                                delete message.payloadInfo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Header message.
             * @function verify
             * @memberof Kinova.Api.Header
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Header.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.frameInfo != null && $Object.hasOwnProperty.call(message, "frameInfo"))
                    if (!$util.isInteger(message.frameInfo))
                        return "frameInfo: integer expected";
                if (message.messageInfo != null && $Object.hasOwnProperty.call(message, "messageInfo"))
                    if (!$util.isInteger(message.messageInfo))
                        return "messageInfo: integer expected";
                if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                    if (!$util.isInteger(message.serviceInfo))
                        return "serviceInfo: integer expected";
                if (message.payloadInfo != null && $Object.hasOwnProperty.call(message, "payloadInfo"))
                    if (!$util.isInteger(message.payloadInfo))
                        return "payloadInfo: integer expected";
                return null;
            };

            /**
             * Creates a Header message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof Kinova.Api.Header
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {Kinova.Api.Header} Header
             */
            Header.fromObject = function (object, _depth) {
                if (object instanceof $root.Kinova.Api.Header)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".Kinova.Api.Header: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.Kinova.Api.Header();
                if (object.frameInfo != null)
                    if ($Number(object.frameInfo) !== 0)
                        message.frameInfo = object.frameInfo >>> 0;
                if (object.messageInfo != null)
                    if ($Number(object.messageInfo) !== 0)
                        message.messageInfo = object.messageInfo >>> 0;
                if (object.serviceInfo != null)
                    if ($Number(object.serviceInfo) !== 0)
                        message.serviceInfo = object.serviceInfo >>> 0;
                if (object.payloadInfo != null)
                    if ($Number(object.payloadInfo) !== 0)
                        message.payloadInfo = object.payloadInfo >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Header message. Also converts values to other types if specified.
             * @function toObject
             * @memberof Kinova.Api.Header
             * @static
             * @param {Kinova.Api.Header} message Header
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Header.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.frameInfo = 0;
                    object.messageInfo = 0;
                    object.serviceInfo = 0;
                    object.payloadInfo = 0;
                }
                if (message.frameInfo != null && $Object.hasOwnProperty.call(message, "frameInfo"))
                    object.frameInfo = message.frameInfo;
                if (message.messageInfo != null && $Object.hasOwnProperty.call(message, "messageInfo"))
                    object.messageInfo = message.messageInfo;
                if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                    object.serviceInfo = message.serviceInfo;
                if (message.payloadInfo != null && $Object.hasOwnProperty.call(message, "payloadInfo"))
                    object.payloadInfo = message.payloadInfo;
                return object;
            };

            /**
             * Converts this Header to JSON.
             * @function toJSON
             * @memberof Kinova.Api.Header
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Header.prototype.toJSON = function() {
                return Header.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Header
             * @function getTypeUrl
             * @memberof Kinova.Api.Header
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Header.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/Kinova.Api.Header";
            };

            return Header;
        })();

        Api.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} Kinova.Api.Error.$Properties
             * @property {Kinova.Api.ErrorCodes|null} [errorCode] Error errorCode
             * @property {number|null} [errorSubCode] Error errorSubCode
             * @property {string|null} [errorSubString] Error errorSubString
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof Kinova.Api
             * @interface IError
             * @augments Kinova.Api.Error.$Properties
             * @deprecated Use Kinova.Api.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {Kinova.Api.Error.$Properties} Kinova.Api.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof Kinova.Api
             * @classdesc Represents an Error.
             * @constructor
             * @param {Kinova.Api.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Error = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error errorCode.
             * @member {Kinova.Api.ErrorCodes} errorCode
             * @memberof Kinova.Api.Error
             * @instance
             */
            Error.prototype.errorCode = 0;

            /**
             * Error errorSubCode.
             * @member {number} errorSubCode
             * @memberof Kinova.Api.Error
             * @instance
             */
            Error.prototype.errorSubCode = 0;

            /**
             * Error errorSubString.
             * @member {string} errorSubString
             * @memberof Kinova.Api.Error
             * @instance
             */
            Error.prototype.errorSubString = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof Kinova.Api.Error
             * @static
             * @param {Kinova.Api.Error.$Properties=} [properties] Properties to set
             * @returns {Kinova.Api.Error} Error instance
             * @type {{
             *   (properties: Kinova.Api.Error.$Shape): Kinova.Api.Error & Kinova.Api.Error.$Shape;
             *   (properties?: Kinova.Api.Error.$Properties): Kinova.Api.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link Kinova.Api.Error.verify|verify} messages.
             * @function encode
             * @memberof Kinova.Api.Error
             * @static
             * @param {Kinova.Api.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.errorCode);
                if (message.errorSubCode != null && $Object.hasOwnProperty.call(message, "errorSubCode") && message.errorSubCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.errorSubCode);
                if (message.errorSubString != null && $Object.hasOwnProperty.call(message, "errorSubString") && message.errorSubString !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorSubString);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof Kinova.Api.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {Kinova.Api.Error & Kinova.Api.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.Kinova.Api.Error();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.errorSubCode = value;
                            else
                                delete message.errorSubCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorSubString = value;
                            else
                                delete message.errorSubString;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof Kinova.Api.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    if (typeof message.errorCode !== "number" || (message.errorCode | 0) !== message.errorCode)
                        return "errorCode: enum value expected";
                if (message.errorSubCode != null && $Object.hasOwnProperty.call(message, "errorSubCode"))
                    if (!$util.isInteger(message.errorSubCode))
                        return "errorSubCode: integer expected";
                if (message.errorSubString != null && $Object.hasOwnProperty.call(message, "errorSubString"))
                    if (!$util.isString(message.errorSubString))
                        return "errorSubString: string expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof Kinova.Api.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {Kinova.Api.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.Kinova.Api.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".Kinova.Api.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.Kinova.Api.Error();
                if (object.errorCode !== 0 && (typeof object.errorCode !== "string" || $root.Kinova.Api.ErrorCodes[object.errorCode] !== 0))
                    switch (object.errorCode) {
                    case "ERROR_NONE":
                    case 0:
                        message.errorCode = 0;
                        break;
                    case "ERROR_PROTOCOL_SERVER":
                    case 1:
                        message.errorCode = 1;
                        break;
                    case "ERROR_PROTOCOL_CLIENT":
                    case 2:
                        message.errorCode = 2;
                        break;
                    case "ERROR_DEVICE":
                    case 3:
                        message.errorCode = 3;
                        break;
                    case "ERROR_INTERNAL":
                    case 4:
                        message.errorCode = 4;
                        break;
                    default:
                        if (typeof object.errorCode === "number" && (object.errorCode | 0) === object.errorCode)
                            message.errorCode = object.errorCode;
                    }
                if (object.errorSubCode != null)
                    if ($Number(object.errorSubCode) !== 0)
                        message.errorSubCode = object.errorSubCode >>> 0;
                if (object.errorSubString != null)
                    if (typeof object.errorSubString !== "string" || object.errorSubString.length)
                        message.errorSubString = $String(object.errorSubString);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof Kinova.Api.Error
             * @static
             * @param {Kinova.Api.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.errorCode = options.enums === $String ? "ERROR_NONE" : 0;
                    object.errorSubCode = 0;
                    object.errorSubString = "";
                }
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = options.enums === $String ? $root.Kinova.Api.ErrorCodes[message.errorCode] === $undefined ? message.errorCode : $root.Kinova.Api.ErrorCodes[message.errorCode] : message.errorCode;
                if (message.errorSubCode != null && $Object.hasOwnProperty.call(message, "errorSubCode"))
                    object.errorSubCode = message.errorSubCode;
                if (message.errorSubString != null && $Object.hasOwnProperty.call(message, "errorSubString"))
                    object.errorSubString = message.errorSubString;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof Kinova.Api.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof Kinova.Api.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/Kinova.Api.Error";
            };

            return Error;
        })();

        Api.PayloadFrameTypeRaw = (function() {

            /**
             * Properties of a PayloadFrameTypeRaw.
             * @typedef {Object} Kinova.Api.PayloadFrameTypeRaw.$Properties
             * @property {string|null} [topic] PayloadFrameTypeRaw topic
             * @property {Uint8Array|null} [payload] PayloadFrameTypeRaw payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PayloadFrameTypeRaw.
             * @memberof Kinova.Api
             * @interface IPayloadFrameTypeRaw
             * @augments Kinova.Api.PayloadFrameTypeRaw.$Properties
             * @deprecated Use Kinova.Api.PayloadFrameTypeRaw.$Properties instead.
             */

            /**
             * Shape of a PayloadFrameTypeRaw.
             * @typedef {Kinova.Api.PayloadFrameTypeRaw.$Properties} Kinova.Api.PayloadFrameTypeRaw.$Shape
             */

            /**
             * Constructs a new PayloadFrameTypeRaw.
             * @memberof Kinova.Api
             * @classdesc Represents a PayloadFrameTypeRaw.
             * @constructor
             * @param {Kinova.Api.PayloadFrameTypeRaw.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PayloadFrameTypeRaw = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PayloadFrameTypeRaw topic.
             * @member {string} topic
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @instance
             */
            PayloadFrameTypeRaw.prototype.topic = "";

            /**
             * PayloadFrameTypeRaw payload.
             * @member {Uint8Array} payload
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @instance
             */
            PayloadFrameTypeRaw.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new PayloadFrameTypeRaw instance using the specified properties.
             * @function create
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @static
             * @param {Kinova.Api.PayloadFrameTypeRaw.$Properties=} [properties] Properties to set
             * @returns {Kinova.Api.PayloadFrameTypeRaw} PayloadFrameTypeRaw instance
             * @type {{
             *   (properties: Kinova.Api.PayloadFrameTypeRaw.$Shape): Kinova.Api.PayloadFrameTypeRaw & Kinova.Api.PayloadFrameTypeRaw.$Shape;
             *   (properties?: Kinova.Api.PayloadFrameTypeRaw.$Properties): Kinova.Api.PayloadFrameTypeRaw;
             * }}
             */
            PayloadFrameTypeRaw.create = function(properties) {
                return new PayloadFrameTypeRaw(properties);
            };

            /**
             * Encodes the specified PayloadFrameTypeRaw message. Does not implicitly {@link Kinova.Api.PayloadFrameTypeRaw.verify|verify} messages.
             * @function encode
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @static
             * @param {Kinova.Api.PayloadFrameTypeRaw.$Properties} message PayloadFrameTypeRaw message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PayloadFrameTypeRaw.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PayloadFrameTypeRaw message from the specified reader or buffer.
             * @function decode
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {Kinova.Api.PayloadFrameTypeRaw & Kinova.Api.PayloadFrameTypeRaw.$Shape} PayloadFrameTypeRaw
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PayloadFrameTypeRaw.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.Kinova.Api.PayloadFrameTypeRaw();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PayloadFrameTypeRaw message.
             * @function verify
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PayloadFrameTypeRaw.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a PayloadFrameTypeRaw message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {Kinova.Api.PayloadFrameTypeRaw} PayloadFrameTypeRaw
             */
            PayloadFrameTypeRaw.fromObject = function (object, _depth) {
                if (object instanceof $root.Kinova.Api.PayloadFrameTypeRaw)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".Kinova.Api.PayloadFrameTypeRaw: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.Kinova.Api.PayloadFrameTypeRaw();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a PayloadFrameTypeRaw message. Also converts values to other types if specified.
             * @function toObject
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @static
             * @param {Kinova.Api.PayloadFrameTypeRaw} message PayloadFrameTypeRaw
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PayloadFrameTypeRaw.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.topic = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this PayloadFrameTypeRaw to JSON.
             * @function toJSON
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PayloadFrameTypeRaw.prototype.toJSON = function() {
                return PayloadFrameTypeRaw.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PayloadFrameTypeRaw
             * @function getTypeUrl
             * @memberof Kinova.Api.PayloadFrameTypeRaw
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PayloadFrameTypeRaw.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/Kinova.Api.PayloadFrameTypeRaw";
            };

            return PayloadFrameTypeRaw;
        })();

        Api.Common = (function() {

            /**
             * Namespace Common.
             * @memberof Kinova.Api
             * @namespace
             */
            var Common = {};

            Common.Empty = (function() {

                /**
                 * Properties of an Empty.
                 * @typedef {Object} Kinova.Api.Common.Empty.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Empty.
                 * @memberof Kinova.Api.Common
                 * @interface IEmpty
                 * @augments Kinova.Api.Common.Empty.$Properties
                 * @deprecated Use Kinova.Api.Common.Empty.$Properties instead.
                 */

                /**
                 * Shape of an Empty.
                 * @typedef {Kinova.Api.Common.Empty.$Properties} Kinova.Api.Common.Empty.$Shape
                 */

                /**
                 * Constructs a new Empty.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents an Empty.
                 * @constructor
                 * @param {Kinova.Api.Common.Empty.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Empty = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.Empty
                 * @static
                 * @param {Kinova.Api.Common.Empty.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.Empty} Empty instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.Empty.$Shape): Kinova.Api.Common.Empty & Kinova.Api.Common.Empty.$Shape;
                 *   (properties?: Kinova.Api.Common.Empty.$Properties): Kinova.Api.Common.Empty;
                 * }}
                 */
                Empty.create = function(properties) {
                    return new Empty(properties);
                };

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link Kinova.Api.Common.Empty.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.Empty
                 * @static
                 * @param {Kinova.Api.Common.Empty.$Properties} message Empty message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Empty.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.Empty
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.Empty & Kinova.Api.Common.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Empty.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.Empty();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Empty message.
                 * @function verify
                 * @memberof Kinova.Api.Common.Empty
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Empty.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates an Empty message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.Empty
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.Empty} Empty
                 */
                Empty.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.Empty)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.Empty: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.Kinova.Api.Common.Empty();
                };

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.Empty
                 * @static
                 * @param {Kinova.Api.Common.Empty} message Empty
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Empty.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Empty to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.Empty
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Empty.prototype.toJSON = function() {
                    return Empty.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Empty
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.Empty
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Empty.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.Empty";
                };

                return Empty;
            })();

            Common.Timestamp = (function() {

                /**
                 * Properties of a Timestamp.
                 * @typedef {Object} Kinova.Api.Common.Timestamp.$Properties
                 * @property {number|null} [sec] Timestamp sec
                 * @property {number|null} [usec] Timestamp usec
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Timestamp.
                 * @memberof Kinova.Api.Common
                 * @interface ITimestamp
                 * @augments Kinova.Api.Common.Timestamp.$Properties
                 * @deprecated Use Kinova.Api.Common.Timestamp.$Properties instead.
                 */

                /**
                 * Shape of a Timestamp.
                 * @typedef {Kinova.Api.Common.Timestamp.$Properties} Kinova.Api.Common.Timestamp.$Shape
                 */

                /**
                 * Constructs a new Timestamp.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a Timestamp.
                 * @constructor
                 * @param {Kinova.Api.Common.Timestamp.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Timestamp = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Timestamp sec.
                 * @member {number} sec
                 * @memberof Kinova.Api.Common.Timestamp
                 * @instance
                 */
                Timestamp.prototype.sec = 0;

                /**
                 * Timestamp usec.
                 * @member {number} usec
                 * @memberof Kinova.Api.Common.Timestamp
                 * @instance
                 */
                Timestamp.prototype.usec = 0;

                /**
                 * Creates a new Timestamp instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.Timestamp
                 * @static
                 * @param {Kinova.Api.Common.Timestamp.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.Timestamp} Timestamp instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.Timestamp.$Shape): Kinova.Api.Common.Timestamp & Kinova.Api.Common.Timestamp.$Shape;
                 *   (properties?: Kinova.Api.Common.Timestamp.$Properties): Kinova.Api.Common.Timestamp;
                 * }}
                 */
                Timestamp.create = function(properties) {
                    return new Timestamp(properties);
                };

                /**
                 * Encodes the specified Timestamp message. Does not implicitly {@link Kinova.Api.Common.Timestamp.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.Timestamp
                 * @static
                 * @param {Kinova.Api.Common.Timestamp.$Properties} message Timestamp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Timestamp.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sec != null && $Object.hasOwnProperty.call(message, "sec") && message.sec !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sec);
                    if (message.usec != null && $Object.hasOwnProperty.call(message, "usec") && message.usec !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.usec);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Timestamp message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.Timestamp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.Timestamp & Kinova.Api.Common.Timestamp.$Shape} Timestamp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Timestamp.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.Timestamp();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sec = value;
                                else
                                    delete message.sec;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.usec = value;
                                else
                                    delete message.usec;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Timestamp message.
                 * @function verify
                 * @memberof Kinova.Api.Common.Timestamp
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Timestamp.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sec != null && $Object.hasOwnProperty.call(message, "sec"))
                        if (!$util.isInteger(message.sec))
                            return "sec: integer expected";
                    if (message.usec != null && $Object.hasOwnProperty.call(message, "usec"))
                        if (!$util.isInteger(message.usec))
                            return "usec: integer expected";
                    return null;
                };

                /**
                 * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.Timestamp
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.Timestamp} Timestamp
                 */
                Timestamp.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.Timestamp)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.Timestamp: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.Timestamp();
                    if (object.sec != null)
                        if ($Number(object.sec) !== 0)
                            message.sec = object.sec >>> 0;
                    if (object.usec != null)
                        if ($Number(object.usec) !== 0)
                            message.usec = object.usec >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.Timestamp
                 * @static
                 * @param {Kinova.Api.Common.Timestamp} message Timestamp
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Timestamp.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.sec = 0;
                        object.usec = 0;
                    }
                    if (message.sec != null && $Object.hasOwnProperty.call(message, "sec"))
                        object.sec = message.sec;
                    if (message.usec != null && $Object.hasOwnProperty.call(message, "usec"))
                        object.usec = message.usec;
                    return object;
                };

                /**
                 * Converts this Timestamp to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.Timestamp
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Timestamp.prototype.toJSON = function() {
                    return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Timestamp
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.Timestamp
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Timestamp.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.Timestamp";
                };

                return Timestamp;
            })();

            /**
             * Permission enum.
             * @name Kinova.Api.Common.Permission
             * @enum {number}
             * @property {number} NO_PERMISSION=0 NO_PERMISSION value
             * @property {number} READ_PERMISSION=1 READ_PERMISSION value
             * @property {number} UPDATE_PERMISSION=2 UPDATE_PERMISSION value
             * @property {number} DELETE_PERMISSION=4 DELETE_PERMISSION value
             */
            Common.Permission = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NO_PERMISSION"] = 0;
                values[valuesById[1] = "READ_PERMISSION"] = 1;
                values[valuesById[2] = "UPDATE_PERMISSION"] = 2;
                values[valuesById[4] = "DELETE_PERMISSION"] = 4;
                return values;
            })();

            Common.UserProfileHandle = (function() {

                /**
                 * Properties of a UserProfileHandle.
                 * @typedef {Object} Kinova.Api.Common.UserProfileHandle.$Properties
                 * @property {number|null} [identifier] UserProfileHandle identifier
                 * @property {number|null} [permission] UserProfileHandle permission
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserProfileHandle.
                 * @memberof Kinova.Api.Common
                 * @interface IUserProfileHandle
                 * @augments Kinova.Api.Common.UserProfileHandle.$Properties
                 * @deprecated Use Kinova.Api.Common.UserProfileHandle.$Properties instead.
                 */

                /**
                 * Shape of a UserProfileHandle.
                 * @typedef {Kinova.Api.Common.UserProfileHandle.$Properties} Kinova.Api.Common.UserProfileHandle.$Shape
                 */

                /**
                 * Constructs a new UserProfileHandle.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a UserProfileHandle.
                 * @constructor
                 * @param {Kinova.Api.Common.UserProfileHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var UserProfileHandle = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserProfileHandle identifier.
                 * @member {number} identifier
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @instance
                 */
                UserProfileHandle.prototype.identifier = 0;

                /**
                 * UserProfileHandle permission.
                 * @member {number} permission
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @instance
                 */
                UserProfileHandle.prototype.permission = 0;

                /**
                 * Creates a new UserProfileHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @static
                 * @param {Kinova.Api.Common.UserProfileHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.UserProfileHandle} UserProfileHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.UserProfileHandle.$Shape): Kinova.Api.Common.UserProfileHandle & Kinova.Api.Common.UserProfileHandle.$Shape;
                 *   (properties?: Kinova.Api.Common.UserProfileHandle.$Properties): Kinova.Api.Common.UserProfileHandle;
                 * }}
                 */
                UserProfileHandle.create = function(properties) {
                    return new UserProfileHandle(properties);
                };

                /**
                 * Encodes the specified UserProfileHandle message. Does not implicitly {@link Kinova.Api.Common.UserProfileHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @static
                 * @param {Kinova.Api.Common.UserProfileHandle.$Properties} message UserProfileHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserProfileHandle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.identifier);
                    if (message.permission != null && $Object.hasOwnProperty.call(message, "permission") && message.permission !== 0)
                        writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.permission);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserProfileHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.UserProfileHandle & Kinova.Api.Common.UserProfileHandle.$Shape} UserProfileHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserProfileHandle.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.UserProfileHandle();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.identifier = value;
                                else
                                    delete message.identifier;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 5)
                                    break;
                                if (value = reader.fixed32())
                                    message.permission = value;
                                else
                                    delete message.permission;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a UserProfileHandle message.
                 * @function verify
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UserProfileHandle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        if (!$util.isInteger(message.identifier))
                            return "identifier: integer expected";
                    if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                        if (!$util.isInteger(message.permission))
                            return "permission: integer expected";
                    return null;
                };

                /**
                 * Creates a UserProfileHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.UserProfileHandle} UserProfileHandle
                 */
                UserProfileHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.UserProfileHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.UserProfileHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.UserProfileHandle();
                    if (object.identifier != null)
                        if ($Number(object.identifier) !== 0)
                            message.identifier = object.identifier >>> 0;
                    if (object.permission != null)
                        if ($Number(object.permission) !== 0)
                            message.permission = object.permission >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a UserProfileHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @static
                 * @param {Kinova.Api.Common.UserProfileHandle} message UserProfileHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserProfileHandle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.identifier = 0;
                        object.permission = 0;
                    }
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        object.identifier = message.identifier;
                    if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                        object.permission = message.permission;
                    return object;
                };

                /**
                 * Converts this UserProfileHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserProfileHandle.prototype.toJSON = function() {
                    return UserProfileHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UserProfileHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.UserProfileHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserProfileHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.UserProfileHandle";
                };

                return UserProfileHandle;
            })();

            /**
             * NotificationType enum.
             * @name Kinova.Api.Common.NotificationType
             * @enum {number}
             * @property {number} NOTIFICATION_TYPE_UNSPECIFIED=0 NOTIFICATION_TYPE_UNSPECIFIED value
             * @property {number} NOTIFICATION_TYPE_THRESHOLD=1 NOTIFICATION_TYPE_THRESHOLD value
             * @property {number} NOTIFICATION_TYPE_FIX_RATE=2 NOTIFICATION_TYPE_FIX_RATE value
             * @property {number} NOTIFICATION_TYPE_EVENT=3 NOTIFICATION_TYPE_EVENT value
             */
            Common.NotificationType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NOTIFICATION_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "NOTIFICATION_TYPE_THRESHOLD"] = 1;
                values[valuesById[2] = "NOTIFICATION_TYPE_FIX_RATE"] = 2;
                values[valuesById[3] = "NOTIFICATION_TYPE_EVENT"] = 3;
                return values;
            })();

            Common.NotificationOptions = (function() {

                /**
                 * Properties of a NotificationOptions.
                 * @typedef {Object} Kinova.Api.Common.NotificationOptions.$Properties
                 * @property {Kinova.Api.Common.NotificationType|null} [type] NotificationOptions type
                 * @property {number|null} [rateMSec] NotificationOptions rateMSec
                 * @property {number|null} [thresholdValue] NotificationOptions thresholdValue
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NotificationOptions.
                 * @memberof Kinova.Api.Common
                 * @interface INotificationOptions
                 * @augments Kinova.Api.Common.NotificationOptions.$Properties
                 * @deprecated Use Kinova.Api.Common.NotificationOptions.$Properties instead.
                 */

                /**
                 * Shape of a NotificationOptions.
                 * @typedef {Kinova.Api.Common.NotificationOptions.$Properties} Kinova.Api.Common.NotificationOptions.$Shape
                 */

                /**
                 * Constructs a new NotificationOptions.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a NotificationOptions.
                 * @constructor
                 * @param {Kinova.Api.Common.NotificationOptions.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var NotificationOptions = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NotificationOptions type.
                 * @member {Kinova.Api.Common.NotificationType} type
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @instance
                 */
                NotificationOptions.prototype.type = 0;

                /**
                 * NotificationOptions rateMSec.
                 * @member {number} rateMSec
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @instance
                 */
                NotificationOptions.prototype.rateMSec = 0;

                /**
                 * NotificationOptions thresholdValue.
                 * @member {number} thresholdValue
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @instance
                 */
                NotificationOptions.prototype.thresholdValue = 0;

                /**
                 * Creates a new NotificationOptions instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @static
                 * @param {Kinova.Api.Common.NotificationOptions.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.NotificationOptions} NotificationOptions instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.NotificationOptions.$Shape): Kinova.Api.Common.NotificationOptions & Kinova.Api.Common.NotificationOptions.$Shape;
                 *   (properties?: Kinova.Api.Common.NotificationOptions.$Properties): Kinova.Api.Common.NotificationOptions;
                 * }}
                 */
                NotificationOptions.create = function(properties) {
                    return new NotificationOptions(properties);
                };

                /**
                 * Encodes the specified NotificationOptions message. Does not implicitly {@link Kinova.Api.Common.NotificationOptions.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @static
                 * @param {Kinova.Api.Common.NotificationOptions.$Properties} message NotificationOptions message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NotificationOptions.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.rateMSec != null && $Object.hasOwnProperty.call(message, "rateMSec") && message.rateMSec !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.rateMSec);
                    if (message.thresholdValue != null && $Object.hasOwnProperty.call(message, "thresholdValue") && !$Object.is(message.thresholdValue, 0))
                        writer.uint32(/* id 3, wireType 5 =*/29).float(message.thresholdValue);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a NotificationOptions message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.NotificationOptions & Kinova.Api.Common.NotificationOptions.$Shape} NotificationOptions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NotificationOptions.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.NotificationOptions();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rateMSec = value;
                                else
                                    delete message.rateMSec;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 5)
                                    break;
                                if (!$Object.is(value = reader.float(), 0))
                                    message.thresholdValue = value;
                                else
                                    delete message.thresholdValue;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a NotificationOptions message.
                 * @function verify
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NotificationOptions.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.rateMSec != null && $Object.hasOwnProperty.call(message, "rateMSec"))
                        if (!$util.isInteger(message.rateMSec))
                            return "rateMSec: integer expected";
                    if (message.thresholdValue != null && $Object.hasOwnProperty.call(message, "thresholdValue"))
                        if (typeof message.thresholdValue !== "number")
                            return "thresholdValue: number expected";
                    return null;
                };

                /**
                 * Creates a NotificationOptions message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.NotificationOptions} NotificationOptions
                 */
                NotificationOptions.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.NotificationOptions)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.NotificationOptions: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.NotificationOptions();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.Kinova.Api.Common.NotificationType[object.type] !== 0))
                        switch (object.type) {
                        case "NOTIFICATION_TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "NOTIFICATION_TYPE_THRESHOLD":
                        case 1:
                            message.type = 1;
                            break;
                        case "NOTIFICATION_TYPE_FIX_RATE":
                        case 2:
                            message.type = 2;
                            break;
                        case "NOTIFICATION_TYPE_EVENT":
                        case 3:
                            message.type = 3;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.rateMSec != null)
                        if ($Number(object.rateMSec) !== 0)
                            message.rateMSec = object.rateMSec >>> 0;
                    if (object.thresholdValue != null)
                        if (!$Object.is($Number(object.thresholdValue), 0))
                            message.thresholdValue = $Number(object.thresholdValue);
                    return message;
                };

                /**
                 * Creates a plain object from a NotificationOptions message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @static
                 * @param {Kinova.Api.Common.NotificationOptions} message NotificationOptions
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NotificationOptions.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "NOTIFICATION_TYPE_UNSPECIFIED" : 0;
                        object.rateMSec = 0;
                        object.thresholdValue = 0;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.Kinova.Api.Common.NotificationType[message.type] === $undefined ? message.type : $root.Kinova.Api.Common.NotificationType[message.type] : message.type;
                    if (message.rateMSec != null && $Object.hasOwnProperty.call(message, "rateMSec"))
                        object.rateMSec = message.rateMSec;
                    if (message.thresholdValue != null && $Object.hasOwnProperty.call(message, "thresholdValue"))
                        object.thresholdValue = options.json && !$isFinite(message.thresholdValue) ? $String(message.thresholdValue) : message.thresholdValue;
                    return object;
                };

                /**
                 * Converts this NotificationOptions to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NotificationOptions.prototype.toJSON = function() {
                    return NotificationOptions.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NotificationOptions
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.NotificationOptions
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NotificationOptions.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.NotificationOptions";
                };

                return NotificationOptions;
            })();

            Common.NotificationHandle = (function() {

                /**
                 * Properties of a NotificationHandle.
                 * @typedef {Object} Kinova.Api.Common.NotificationHandle.$Properties
                 * @property {number|null} [identifier] NotificationHandle identifier
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NotificationHandle.
                 * @memberof Kinova.Api.Common
                 * @interface INotificationHandle
                 * @augments Kinova.Api.Common.NotificationHandle.$Properties
                 * @deprecated Use Kinova.Api.Common.NotificationHandle.$Properties instead.
                 */

                /**
                 * Shape of a NotificationHandle.
                 * @typedef {Kinova.Api.Common.NotificationHandle.$Properties} Kinova.Api.Common.NotificationHandle.$Shape
                 */

                /**
                 * Constructs a new NotificationHandle.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a NotificationHandle.
                 * @constructor
                 * @param {Kinova.Api.Common.NotificationHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var NotificationHandle = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NotificationHandle identifier.
                 * @member {number} identifier
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @instance
                 */
                NotificationHandle.prototype.identifier = 0;

                /**
                 * Creates a new NotificationHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @static
                 * @param {Kinova.Api.Common.NotificationHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.NotificationHandle} NotificationHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.NotificationHandle.$Shape): Kinova.Api.Common.NotificationHandle & Kinova.Api.Common.NotificationHandle.$Shape;
                 *   (properties?: Kinova.Api.Common.NotificationHandle.$Properties): Kinova.Api.Common.NotificationHandle;
                 * }}
                 */
                NotificationHandle.create = function(properties) {
                    return new NotificationHandle(properties);
                };

                /**
                 * Encodes the specified NotificationHandle message. Does not implicitly {@link Kinova.Api.Common.NotificationHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @static
                 * @param {Kinova.Api.Common.NotificationHandle.$Properties} message NotificationHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NotificationHandle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.identifier);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a NotificationHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.NotificationHandle & Kinova.Api.Common.NotificationHandle.$Shape} NotificationHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NotificationHandle.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.NotificationHandle();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.identifier = value;
                                else
                                    delete message.identifier;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a NotificationHandle message.
                 * @function verify
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NotificationHandle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        if (!$util.isInteger(message.identifier))
                            return "identifier: integer expected";
                    return null;
                };

                /**
                 * Creates a NotificationHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.NotificationHandle} NotificationHandle
                 */
                NotificationHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.NotificationHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.NotificationHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.NotificationHandle();
                    if (object.identifier != null)
                        if ($Number(object.identifier) !== 0)
                            message.identifier = object.identifier >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a NotificationHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @static
                 * @param {Kinova.Api.Common.NotificationHandle} message NotificationHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NotificationHandle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.identifier = 0;
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        object.identifier = message.identifier;
                    return object;
                };

                /**
                 * Converts this NotificationHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NotificationHandle.prototype.toJSON = function() {
                    return NotificationHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NotificationHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.NotificationHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NotificationHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.NotificationHandle";
                };

                return NotificationHandle;
            })();

            /**
             * UserPermission enum.
             * @name Kinova.Api.Common.UserPermission
             * @enum {number}
             * @property {number} USER_PERMISSION_UNSPECIFIED=0 USER_PERMISSION_UNSPECIFIED value
             * @property {number} USER_PERMISSION_OPERATE=1 USER_PERMISSION_OPERATE value
             * @property {number} USER_PERMISSION_CONFIGURE=2 USER_PERMISSION_CONFIGURE value
             * @property {number} USER_PERMISSION_SAFETIES=3 USER_PERMISSION_SAFETIES value
             * @property {number} USER_PERMISSION_SYSTEM=4 USER_PERMISSION_SYSTEM value
             * @property {number} USER_PERMISSION_READ_ONLY=5 USER_PERMISSION_READ_ONLY value
             */
            Common.UserPermission = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "USER_PERMISSION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "USER_PERMISSION_OPERATE"] = 1;
                values[valuesById[2] = "USER_PERMISSION_CONFIGURE"] = 2;
                values[valuesById[3] = "USER_PERMISSION_SAFETIES"] = 3;
                values[valuesById[4] = "USER_PERMISSION_SYSTEM"] = 4;
                values[valuesById[5] = "USER_PERMISSION_READ_ONLY"] = 5;
                return values;
            })();

            Common.UserRole = (function() {

                /**
                 * Properties of a UserRole.
                 * @typedef {Object} Kinova.Api.Common.UserRole.$Properties
                 * @property {string|null} [identifier] UserRole identifier
                 * @property {Array.<Kinova.Api.Common.UserPermission>|null} [permissions] UserRole permissions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserRole.
                 * @memberof Kinova.Api.Common
                 * @interface IUserRole
                 * @augments Kinova.Api.Common.UserRole.$Properties
                 * @deprecated Use Kinova.Api.Common.UserRole.$Properties instead.
                 */

                /**
                 * Shape of a UserRole.
                 * @typedef {Kinova.Api.Common.UserRole.$Properties} Kinova.Api.Common.UserRole.$Shape
                 */

                /**
                 * Constructs a new UserRole.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a UserRole.
                 * @constructor
                 * @param {Kinova.Api.Common.UserRole.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var UserRole = function (properties) {
                    this.permissions = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserRole identifier.
                 * @member {string} identifier
                 * @memberof Kinova.Api.Common.UserRole
                 * @instance
                 */
                UserRole.prototype.identifier = "";

                /**
                 * UserRole permissions.
                 * @member {Array.<Kinova.Api.Common.UserPermission>} permissions
                 * @memberof Kinova.Api.Common.UserRole
                 * @instance
                 */
                UserRole.prototype.permissions = $util.emptyArray;

                /**
                 * Creates a new UserRole instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.UserRole
                 * @static
                 * @param {Kinova.Api.Common.UserRole.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.UserRole} UserRole instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.UserRole.$Shape): Kinova.Api.Common.UserRole & Kinova.Api.Common.UserRole.$Shape;
                 *   (properties?: Kinova.Api.Common.UserRole.$Properties): Kinova.Api.Common.UserRole;
                 * }}
                 */
                UserRole.create = function(properties) {
                    return new UserRole(properties);
                };

                /**
                 * Encodes the specified UserRole message. Does not implicitly {@link Kinova.Api.Common.UserRole.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.UserRole
                 * @static
                 * @param {Kinova.Api.Common.UserRole.$Properties} message UserRole message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserRole.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.identifier);
                    if (message.permissions != null && message.permissions.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.permissions);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserRole message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.UserRole
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.UserRole & Kinova.Api.Common.UserRole.$Shape} UserRole
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserRole.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.UserRole();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.identifier = value;
                                else
                                    delete message.identifier;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.permissions && message.permissions.length))
                                        message.permissions = [];
                                    reader.int32s(message.permissions);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.permissions && message.permissions.length))
                                    message.permissions = [];
                                message.permissions.push(reader.int32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a UserRole message.
                 * @function verify
                 * @memberof Kinova.Api.Common.UserRole
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UserRole.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        if (!$util.isString(message.identifier))
                            return "identifier: string expected";
                    if (message.permissions != null && $Object.hasOwnProperty.call(message, "permissions")) {
                        if (!$Array.isArray(message.permissions))
                            return "permissions: array expected";
                        for (var i = 0; i < message.permissions.length; ++i)
                            if (typeof message.permissions[i] !== "number" || (message.permissions[i] | 0) !== message.permissions[i])
                                return "permissions: enum value[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a UserRole message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.UserRole
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.UserRole} UserRole
                 */
                UserRole.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.UserRole)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.UserRole: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.UserRole();
                    if (object.identifier != null)
                        if (typeof object.identifier !== "string" || object.identifier.length)
                            message.identifier = $String(object.identifier);
                    if (object.permissions) {
                        if (!$Array.isArray(object.permissions))
                            throw $TypeError(".Kinova.Api.Common.UserRole.permissions: array expected");
                        message.permissions = [];
                        for (var i = 0; i < object.permissions.length; ++i)
                            switch (object.permissions[i]) {
                            case "USER_PERMISSION_UNSPECIFIED":
                            case 0:
                                message.permissions[message.permissions.length] = 0;
                                break;
                            case "USER_PERMISSION_OPERATE":
                            case 1:
                                message.permissions[message.permissions.length] = 1;
                                break;
                            case "USER_PERMISSION_CONFIGURE":
                            case 2:
                                message.permissions[message.permissions.length] = 2;
                                break;
                            case "USER_PERMISSION_SAFETIES":
                            case 3:
                                message.permissions[message.permissions.length] = 3;
                                break;
                            case "USER_PERMISSION_SYSTEM":
                            case 4:
                                message.permissions[message.permissions.length] = 4;
                                break;
                            case "USER_PERMISSION_READ_ONLY":
                            case 5:
                                message.permissions[message.permissions.length] = 5;
                                break;
                            default:
                                if (typeof object.permissions[i] === "number" && (object.permissions[i] | 0) === object.permissions[i])
                                    message.permissions[message.permissions.length] = object.permissions[i];
                            }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a UserRole message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.UserRole
                 * @static
                 * @param {Kinova.Api.Common.UserRole} message UserRole
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserRole.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.permissions = [];
                    if (options.defaults)
                        object.identifier = "";
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        object.identifier = message.identifier;
                    if (message.permissions && message.permissions.length) {
                        object.permissions = $Array(message.permissions.length);
                        for (var j = 0; j < message.permissions.length; ++j)
                            object.permissions[j] = options.enums === $String ? $root.Kinova.Api.Common.UserPermission[message.permissions[j]] === $undefined ? message.permissions[j] : $root.Kinova.Api.Common.UserPermission[message.permissions[j]] : message.permissions[j];
                    }
                    return object;
                };

                /**
                 * Converts this UserRole to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.UserRole
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserRole.prototype.toJSON = function() {
                    return UserRole.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UserRole
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.UserRole
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserRole.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.UserRole";
                };

                return UserRole;
            })();

            Common.UserRoleList = (function() {

                /**
                 * Properties of a UserRoleList.
                 * @typedef {Object} Kinova.Api.Common.UserRoleList.$Properties
                 * @property {Array.<Kinova.Api.Common.UserRole.$Properties>|null} [roles] UserRoleList roles
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserRoleList.
                 * @memberof Kinova.Api.Common
                 * @interface IUserRoleList
                 * @augments Kinova.Api.Common.UserRoleList.$Properties
                 * @deprecated Use Kinova.Api.Common.UserRoleList.$Properties instead.
                 */

                /**
                 * Shape of a UserRoleList.
                 * @typedef {Kinova.Api.Common.UserRoleList.$Properties} Kinova.Api.Common.UserRoleList.$Shape
                 */

                /**
                 * Constructs a new UserRoleList.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a UserRoleList.
                 * @constructor
                 * @param {Kinova.Api.Common.UserRoleList.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var UserRoleList = function (properties) {
                    this.roles = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserRoleList roles.
                 * @member {Array.<Kinova.Api.Common.UserRole.$Properties>} roles
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @instance
                 */
                UserRoleList.prototype.roles = $util.emptyArray;

                /**
                 * Creates a new UserRoleList instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @static
                 * @param {Kinova.Api.Common.UserRoleList.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.UserRoleList} UserRoleList instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.UserRoleList.$Shape): Kinova.Api.Common.UserRoleList & Kinova.Api.Common.UserRoleList.$Shape;
                 *   (properties?: Kinova.Api.Common.UserRoleList.$Properties): Kinova.Api.Common.UserRoleList;
                 * }}
                 */
                UserRoleList.create = function(properties) {
                    return new UserRoleList(properties);
                };

                /**
                 * Encodes the specified UserRoleList message. Does not implicitly {@link Kinova.Api.Common.UserRoleList.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @static
                 * @param {Kinova.Api.Common.UserRoleList.$Properties} message UserRoleList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserRoleList.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roles != null && message.roles.length)
                        for (var i = 0; i < message.roles.length; ++i)
                            $root.Kinova.Api.Common.UserRole.encode(message.roles[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserRoleList message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.UserRoleList & Kinova.Api.Common.UserRoleList.$Shape} UserRoleList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserRoleList.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.UserRoleList();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                message.roles.push($root.Kinova.Api.Common.UserRole.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a UserRoleList message.
                 * @function verify
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UserRoleList.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.roles != null && $Object.hasOwnProperty.call(message, "roles")) {
                        if (!$Array.isArray(message.roles))
                            return "roles: array expected";
                        for (var i = 0; i < message.roles.length; ++i) {
                            var error = $root.Kinova.Api.Common.UserRole.verify(message.roles[i], _depth + 1);
                            if (error)
                                return "roles." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a UserRoleList message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.UserRoleList} UserRoleList
                 */
                UserRoleList.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.UserRoleList)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.UserRoleList: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.UserRoleList();
                    if (object.roles) {
                        if (!$Array.isArray(object.roles))
                            throw $TypeError(".Kinova.Api.Common.UserRoleList.roles: array expected");
                        message.roles = $Array(object.roles.length);
                        for (var i = 0; i < object.roles.length; ++i) {
                            if (!$util.isObject(object.roles[i]))
                                throw $TypeError(".Kinova.Api.Common.UserRoleList.roles: object expected");
                            message.roles[i] = $root.Kinova.Api.Common.UserRole.fromObject(object.roles[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a UserRoleList message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @static
                 * @param {Kinova.Api.Common.UserRoleList} message UserRoleList
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserRoleList.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.roles = [];
                    if (message.roles && message.roles.length) {
                        object.roles = $Array(message.roles.length);
                        for (var j = 0; j < message.roles.length; ++j)
                            object.roles[j] = $root.Kinova.Api.Common.UserRole.toObject(message.roles[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this UserRoleList to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserRoleList.prototype.toJSON = function() {
                    return UserRoleList.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UserRoleList
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.UserRoleList
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserRoleList.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.UserRoleList";
                };

                return UserRoleList;
            })();

            /**
             * ConnectionType enum.
             * @name Kinova.Api.Common.ConnectionType
             * @enum {number}
             * @property {number} CONNECTION_TYPE_UNSPECIFIED=0 CONNECTION_TYPE_UNSPECIFIED value
             * @property {number} CONNECTION_TYPE_MQTT_TCP=1 CONNECTION_TYPE_MQTT_TCP value
             * @property {number} CONNECTION_TYPE_MQTT_WEBSOCKET=2 CONNECTION_TYPE_MQTT_WEBSOCKET value
             * @property {number} CONNECTION_TYPE_UDP=3 CONNECTION_TYPE_UDP value
             */
            Common.ConnectionType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONNECTION_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CONNECTION_TYPE_MQTT_TCP"] = 1;
                values[valuesById[2] = "CONNECTION_TYPE_MQTT_WEBSOCKET"] = 2;
                values[valuesById[3] = "CONNECTION_TYPE_UDP"] = 3;
                return values;
            })();

            Common.Connection = (function() {

                /**
                 * Properties of a Connection.
                 * @typedef {Object} Kinova.Api.Common.Connection.$Properties
                 * @property {Kinova.Api.Common.UserProfileHandle.$Properties|null} [userHandle] Connection userHandle
                 * @property {string|null} [connectionInformation] Connection connectionInformation
                 * @property {number|null} [connectionIdentifier] Connection connectionIdentifier
                 * @property {boolean|null} [isLocal] Connection isLocal
                 * @property {number|null} [sessionIdentifier] Connection sessionIdentifier
                 * @property {number|null} [connectionInactivityTimeout] Connection connectionInactivityTimeout
                 * @property {Array.<Kinova.Api.Common.UserRole.$Properties>|null} [roles] Connection roles
                 * @property {Kinova.Api.Common.ConnectionType|null} [connectionType] Connection connectionType
                 * @property {boolean|null} [isWebapp] Connection isWebapp
                 * @property {string|null} [username] Connection username
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Connection.
                 * @memberof Kinova.Api.Common
                 * @interface IConnection
                 * @augments Kinova.Api.Common.Connection.$Properties
                 * @deprecated Use Kinova.Api.Common.Connection.$Properties instead.
                 */

                /**
                 * Shape of a Connection.
                 * @typedef {Kinova.Api.Common.Connection.$Properties} Kinova.Api.Common.Connection.$Shape
                 */

                /**
                 * Constructs a new Connection.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a Connection.
                 * @constructor
                 * @param {Kinova.Api.Common.Connection.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Connection = function (properties) {
                    this.roles = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Connection userHandle.
                 * @member {Kinova.Api.Common.UserProfileHandle.$Properties|null|undefined} userHandle
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.userHandle = null;

                /**
                 * Connection connectionInformation.
                 * @member {string} connectionInformation
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.connectionInformation = "";

                /**
                 * Connection connectionIdentifier.
                 * @member {number} connectionIdentifier
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.connectionIdentifier = 0;

                /**
                 * Connection isLocal.
                 * @member {boolean} isLocal
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.isLocal = false;

                /**
                 * Connection sessionIdentifier.
                 * @member {number} sessionIdentifier
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.sessionIdentifier = 0;

                /**
                 * Connection connectionInactivityTimeout.
                 * @member {number} connectionInactivityTimeout
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.connectionInactivityTimeout = 0;

                /**
                 * Connection roles.
                 * @member {Array.<Kinova.Api.Common.UserRole.$Properties>} roles
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.roles = $util.emptyArray;

                /**
                 * Connection connectionType.
                 * @member {Kinova.Api.Common.ConnectionType} connectionType
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.connectionType = 0;

                /**
                 * Connection isWebapp.
                 * @member {boolean} isWebapp
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.isWebapp = false;

                /**
                 * Connection username.
                 * @member {string} username
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 */
                Connection.prototype.username = "";

                /**
                 * Creates a new Connection instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.Connection
                 * @static
                 * @param {Kinova.Api.Common.Connection.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.Connection} Connection instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.Connection.$Shape): Kinova.Api.Common.Connection & Kinova.Api.Common.Connection.$Shape;
                 *   (properties?: Kinova.Api.Common.Connection.$Properties): Kinova.Api.Common.Connection;
                 * }}
                 */
                Connection.create = function(properties) {
                    return new Connection(properties);
                };

                /**
                 * Encodes the specified Connection message. Does not implicitly {@link Kinova.Api.Common.Connection.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.Connection
                 * @static
                 * @param {Kinova.Api.Common.Connection.$Properties} message Connection message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Connection.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userHandle != null && $Object.hasOwnProperty.call(message, "userHandle"))
                        $root.Kinova.Api.Common.UserProfileHandle.encode(message.userHandle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.connectionInformation != null && $Object.hasOwnProperty.call(message, "connectionInformation") && message.connectionInformation !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.connectionInformation);
                    if (message.connectionIdentifier != null && $Object.hasOwnProperty.call(message, "connectionIdentifier") && message.connectionIdentifier !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.connectionIdentifier);
                    if (message.isLocal != null && $Object.hasOwnProperty.call(message, "isLocal") && message.isLocal !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.isLocal);
                    if (message.sessionIdentifier != null && $Object.hasOwnProperty.call(message, "sessionIdentifier") && message.sessionIdentifier !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.sessionIdentifier);
                    if (message.connectionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "connectionInactivityTimeout") && message.connectionInactivityTimeout !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.connectionInactivityTimeout);
                    if (message.roles != null && message.roles.length)
                        for (var i = 0; i < message.roles.length; ++i)
                            $root.Kinova.Api.Common.UserRole.encode(message.roles[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.connectionType != null && $Object.hasOwnProperty.call(message, "connectionType") && message.connectionType !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.connectionType);
                    if (message.isWebapp != null && $Object.hasOwnProperty.call(message, "isWebapp") && message.isWebapp !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.isWebapp);
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.username);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Connection message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.Connection
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.Connection & Kinova.Api.Common.Connection.$Shape} Connection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Connection.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Common.Connection();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.userHandle = $root.Kinova.Api.Common.UserProfileHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.userHandle);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.connectionInformation = value;
                                else
                                    delete message.connectionInformation;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.connectionIdentifier = value;
                                else
                                    delete message.connectionIdentifier;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.isLocal = value;
                                else
                                    delete message.isLocal;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sessionIdentifier = value;
                                else
                                    delete message.sessionIdentifier;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.connectionInactivityTimeout = value;
                                else
                                    delete message.connectionInactivityTimeout;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                message.roles.push($root.Kinova.Api.Common.UserRole.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.connectionType = value;
                                else
                                    delete message.connectionType;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.isWebapp = value;
                                else
                                    delete message.isWebapp;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.username = value;
                                else
                                    delete message.username;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Connection message.
                 * @function verify
                 * @memberof Kinova.Api.Common.Connection
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Connection.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.userHandle != null && $Object.hasOwnProperty.call(message, "userHandle")) {
                        var error = $root.Kinova.Api.Common.UserProfileHandle.verify(message.userHandle, _depth + 1);
                        if (error)
                            return "userHandle." + error;
                    }
                    if (message.connectionInformation != null && $Object.hasOwnProperty.call(message, "connectionInformation"))
                        if (!$util.isString(message.connectionInformation))
                            return "connectionInformation: string expected";
                    if (message.connectionIdentifier != null && $Object.hasOwnProperty.call(message, "connectionIdentifier"))
                        if (!$util.isInteger(message.connectionIdentifier))
                            return "connectionIdentifier: integer expected";
                    if (message.isLocal != null && $Object.hasOwnProperty.call(message, "isLocal"))
                        if (typeof message.isLocal !== "boolean")
                            return "isLocal: boolean expected";
                    if (message.sessionIdentifier != null && $Object.hasOwnProperty.call(message, "sessionIdentifier"))
                        if (!$util.isInteger(message.sessionIdentifier))
                            return "sessionIdentifier: integer expected";
                    if (message.connectionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "connectionInactivityTimeout"))
                        if (!$util.isInteger(message.connectionInactivityTimeout))
                            return "connectionInactivityTimeout: integer expected";
                    if (message.roles != null && $Object.hasOwnProperty.call(message, "roles")) {
                        if (!$Array.isArray(message.roles))
                            return "roles: array expected";
                        for (var i = 0; i < message.roles.length; ++i) {
                            var error = $root.Kinova.Api.Common.UserRole.verify(message.roles[i], _depth + 1);
                            if (error)
                                return "roles." + error;
                        }
                    }
                    if (message.connectionType != null && $Object.hasOwnProperty.call(message, "connectionType"))
                        if (typeof message.connectionType !== "number" || (message.connectionType | 0) !== message.connectionType)
                            return "connectionType: enum value expected";
                    if (message.isWebapp != null && $Object.hasOwnProperty.call(message, "isWebapp"))
                        if (typeof message.isWebapp !== "boolean")
                            return "isWebapp: boolean expected";
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        if (!$util.isString(message.username))
                            return "username: string expected";
                    return null;
                };

                /**
                 * Creates a Connection message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.Connection
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.Connection} Connection
                 */
                Connection.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.Connection)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.Connection: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.Connection();
                    if (object.userHandle != null) {
                        if (!$util.isObject(object.userHandle))
                            throw $TypeError(".Kinova.Api.Common.Connection.userHandle: object expected");
                        message.userHandle = $root.Kinova.Api.Common.UserProfileHandle.fromObject(object.userHandle, _depth + 1);
                    }
                    if (object.connectionInformation != null)
                        if (typeof object.connectionInformation !== "string" || object.connectionInformation.length)
                            message.connectionInformation = $String(object.connectionInformation);
                    if (object.connectionIdentifier != null)
                        if ($Number(object.connectionIdentifier) !== 0)
                            message.connectionIdentifier = object.connectionIdentifier >>> 0;
                    if (object.isLocal != null)
                        if (object.isLocal)
                            message.isLocal = $Boolean(object.isLocal);
                    if (object.sessionIdentifier != null)
                        if ($Number(object.sessionIdentifier) !== 0)
                            message.sessionIdentifier = object.sessionIdentifier >>> 0;
                    if (object.connectionInactivityTimeout != null)
                        if ($Number(object.connectionInactivityTimeout) !== 0)
                            message.connectionInactivityTimeout = object.connectionInactivityTimeout >>> 0;
                    if (object.roles) {
                        if (!$Array.isArray(object.roles))
                            throw $TypeError(".Kinova.Api.Common.Connection.roles: array expected");
                        message.roles = $Array(object.roles.length);
                        for (var i = 0; i < object.roles.length; ++i) {
                            if (!$util.isObject(object.roles[i]))
                                throw $TypeError(".Kinova.Api.Common.Connection.roles: object expected");
                            message.roles[i] = $root.Kinova.Api.Common.UserRole.fromObject(object.roles[i], _depth + 1);
                        }
                    }
                    if (object.connectionType !== 0 && (typeof object.connectionType !== "string" || $root.Kinova.Api.Common.ConnectionType[object.connectionType] !== 0))
                        switch (object.connectionType) {
                        case "CONNECTION_TYPE_UNSPECIFIED":
                        case 0:
                            message.connectionType = 0;
                            break;
                        case "CONNECTION_TYPE_MQTT_TCP":
                        case 1:
                            message.connectionType = 1;
                            break;
                        case "CONNECTION_TYPE_MQTT_WEBSOCKET":
                        case 2:
                            message.connectionType = 2;
                            break;
                        case "CONNECTION_TYPE_UDP":
                        case 3:
                            message.connectionType = 3;
                            break;
                        default:
                            if (typeof object.connectionType === "number" && (object.connectionType | 0) === object.connectionType)
                                message.connectionType = object.connectionType;
                        }
                    if (object.isWebapp != null)
                        if (object.isWebapp)
                            message.isWebapp = $Boolean(object.isWebapp);
                    if (object.username != null)
                        if (typeof object.username !== "string" || object.username.length)
                            message.username = $String(object.username);
                    return message;
                };

                /**
                 * Creates a plain object from a Connection message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.Connection
                 * @static
                 * @param {Kinova.Api.Common.Connection} message Connection
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Connection.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.roles = [];
                    if (options.defaults) {
                        object.userHandle = null;
                        object.connectionInformation = "";
                        object.connectionIdentifier = 0;
                        object.isLocal = false;
                        object.sessionIdentifier = 0;
                        object.connectionInactivityTimeout = 0;
                        object.connectionType = options.enums === $String ? "CONNECTION_TYPE_UNSPECIFIED" : 0;
                        object.isWebapp = false;
                        object.username = "";
                    }
                    if (message.userHandle != null && $Object.hasOwnProperty.call(message, "userHandle"))
                        object.userHandle = $root.Kinova.Api.Common.UserProfileHandle.toObject(message.userHandle, options, _depth + 1);
                    if (message.connectionInformation != null && $Object.hasOwnProperty.call(message, "connectionInformation"))
                        object.connectionInformation = message.connectionInformation;
                    if (message.connectionIdentifier != null && $Object.hasOwnProperty.call(message, "connectionIdentifier"))
                        object.connectionIdentifier = message.connectionIdentifier;
                    if (message.isLocal != null && $Object.hasOwnProperty.call(message, "isLocal"))
                        object.isLocal = message.isLocal;
                    if (message.sessionIdentifier != null && $Object.hasOwnProperty.call(message, "sessionIdentifier"))
                        object.sessionIdentifier = message.sessionIdentifier;
                    if (message.connectionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "connectionInactivityTimeout"))
                        object.connectionInactivityTimeout = message.connectionInactivityTimeout;
                    if (message.roles && message.roles.length) {
                        object.roles = $Array(message.roles.length);
                        for (var j = 0; j < message.roles.length; ++j)
                            object.roles[j] = $root.Kinova.Api.Common.UserRole.toObject(message.roles[j], options, _depth + 1);
                    }
                    if (message.connectionType != null && $Object.hasOwnProperty.call(message, "connectionType"))
                        object.connectionType = options.enums === $String ? $root.Kinova.Api.Common.ConnectionType[message.connectionType] === $undefined ? message.connectionType : $root.Kinova.Api.Common.ConnectionType[message.connectionType] : message.connectionType;
                    if (message.isWebapp != null && $Object.hasOwnProperty.call(message, "isWebapp"))
                        object.isWebapp = message.isWebapp;
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        object.username = message.username;
                    return object;
                };

                /**
                 * Converts this Connection to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.Connection
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Connection.prototype.toJSON = function() {
                    return Connection.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Connection
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.Connection
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Connection.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.Connection";
                };

                return Connection;
            })();

            /**
             * ArmState enum.
             * @name Kinova.Api.Common.ArmState
             * @enum {number}
             * @property {number} ARMSTATE_UNSPECIFIED=0 ARMSTATE_UNSPECIFIED value
             * @property {number} ARMSTATE_BASE_INITIALIZATION=1 ARMSTATE_BASE_INITIALIZATION value
             * @property {number} ARMSTATE_IDLE=2 ARMSTATE_IDLE value
             * @property {number} ARMSTATE_INITIALIZATION=3 ARMSTATE_INITIALIZATION value
             * @property {number} ARMSTATE_IN_FAULT=4 ARMSTATE_IN_FAULT value
             * @property {number} ARMSTATE_MAINTENANCE=5 ARMSTATE_MAINTENANCE value
             * @property {number} ARMSTATE_SERVOING_LOW_LEVEL=6 ARMSTATE_SERVOING_LOW_LEVEL value
             * @property {number} ARMSTATE_SERVOING_READY=7 ARMSTATE_SERVOING_READY value
             * @property {number} ARMSTATE_SERVOING_PLAYING_SEQUENCE=8 ARMSTATE_SERVOING_PLAYING_SEQUENCE value
             * @property {number} ARMSTATE_SERVOING_MANUALLY_CONTROLLED=9 ARMSTATE_SERVOING_MANUALLY_CONTROLLED value
             * @property {number} ARMSTATE_BRAKE_RELEASING=10 ARMSTATE_BRAKE_RELEASING value
             * @property {number} ARMSTATE_RESERVED=255 ARMSTATE_RESERVED value
             */
            Common.ArmState = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ARMSTATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ARMSTATE_BASE_INITIALIZATION"] = 1;
                values[valuesById[2] = "ARMSTATE_IDLE"] = 2;
                values[valuesById[3] = "ARMSTATE_INITIALIZATION"] = 3;
                values[valuesById[4] = "ARMSTATE_IN_FAULT"] = 4;
                values[valuesById[5] = "ARMSTATE_MAINTENANCE"] = 5;
                values[valuesById[6] = "ARMSTATE_SERVOING_LOW_LEVEL"] = 6;
                values[valuesById[7] = "ARMSTATE_SERVOING_READY"] = 7;
                values[valuesById[8] = "ARMSTATE_SERVOING_PLAYING_SEQUENCE"] = 8;
                values[valuesById[9] = "ARMSTATE_SERVOING_MANUALLY_CONTROLLED"] = 9;
                values[valuesById[10] = "ARMSTATE_BRAKE_RELEASING"] = 10;
                values[valuesById[255] = "ARMSTATE_RESERVED"] = 255;
                return values;
            })();

            return Common;
        })();

        Api.Session = (function() {

            /**
             * Namespace Session.
             * @memberof Kinova.Api
             * @namespace
             */
            var Session = {};

            /**
             * ServiceVersion enum.
             * @name Kinova.Api.Session.ServiceVersion
             * @enum {number}
             * @property {number} RESERVED_0=0 RESERVED_0 value
             * @property {number} CURRENT_VERSION=1 CURRENT_VERSION value
             */
            Session.ServiceVersion = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RESERVED_0"] = 0;
                values[valuesById[1] = "CURRENT_VERSION"] = 1;
                return values;
            })();

            Session.CreateSessionInfo = (function() {

                /**
                 * Properties of a CreateSessionInfo.
                 * @typedef {Object} Kinova.Api.Session.CreateSessionInfo.$Properties
                 * @property {string|null} [username] CreateSessionInfo username
                 * @property {number|null} [sessionInactivityTimeout] CreateSessionInfo sessionInactivityTimeout
                 * @property {string|null} [password] CreateSessionInfo password
                 * @property {number|null} [connectionInactivityTimeout] CreateSessionInfo connectionInactivityTimeout
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateSessionInfo.
                 * @memberof Kinova.Api.Session
                 * @interface ICreateSessionInfo
                 * @augments Kinova.Api.Session.CreateSessionInfo.$Properties
                 * @deprecated Use Kinova.Api.Session.CreateSessionInfo.$Properties instead.
                 */

                /**
                 * Shape of a CreateSessionInfo.
                 * @typedef {Kinova.Api.Session.CreateSessionInfo.$Properties} Kinova.Api.Session.CreateSessionInfo.$Shape
                 */

                /**
                 * Constructs a new CreateSessionInfo.
                 * @memberof Kinova.Api.Session
                 * @classdesc Represents a CreateSessionInfo.
                 * @constructor
                 * @param {Kinova.Api.Session.CreateSessionInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CreateSessionInfo = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateSessionInfo username.
                 * @member {string} username
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @instance
                 */
                CreateSessionInfo.prototype.username = "";

                /**
                 * CreateSessionInfo sessionInactivityTimeout.
                 * @member {number} sessionInactivityTimeout
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @instance
                 */
                CreateSessionInfo.prototype.sessionInactivityTimeout = 0;

                /**
                 * CreateSessionInfo password.
                 * @member {string} password
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @instance
                 */
                CreateSessionInfo.prototype.password = "";

                /**
                 * CreateSessionInfo connectionInactivityTimeout.
                 * @member {number} connectionInactivityTimeout
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @instance
                 */
                CreateSessionInfo.prototype.connectionInactivityTimeout = 0;

                /**
                 * Creates a new CreateSessionInfo instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @static
                 * @param {Kinova.Api.Session.CreateSessionInfo.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Session.CreateSessionInfo} CreateSessionInfo instance
                 * @type {{
                 *   (properties: Kinova.Api.Session.CreateSessionInfo.$Shape): Kinova.Api.Session.CreateSessionInfo & Kinova.Api.Session.CreateSessionInfo.$Shape;
                 *   (properties?: Kinova.Api.Session.CreateSessionInfo.$Properties): Kinova.Api.Session.CreateSessionInfo;
                 * }}
                 */
                CreateSessionInfo.create = function(properties) {
                    return new CreateSessionInfo(properties);
                };

                /**
                 * Encodes the specified CreateSessionInfo message. Does not implicitly {@link Kinova.Api.Session.CreateSessionInfo.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @static
                 * @param {Kinova.Api.Session.CreateSessionInfo.$Properties} message CreateSessionInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateSessionInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                    if (message.sessionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "sessionInactivityTimeout") && message.sessionInactivityTimeout !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sessionInactivityTimeout);
                    if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.password);
                    if (message.connectionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "connectionInactivityTimeout") && message.connectionInactivityTimeout !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.connectionInactivityTimeout);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateSessionInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.CreateSessionInfo & Kinova.Api.Session.CreateSessionInfo.$Shape} CreateSessionInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateSessionInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Session.CreateSessionInfo();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.username = value;
                                else
                                    delete message.username;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sessionInactivityTimeout = value;
                                else
                                    delete message.sessionInactivityTimeout;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.password = value;
                                else
                                    delete message.password;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.connectionInactivityTimeout = value;
                                else
                                    delete message.connectionInactivityTimeout;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a CreateSessionInfo message.
                 * @function verify
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CreateSessionInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        if (!$util.isString(message.username))
                            return "username: string expected";
                    if (message.sessionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "sessionInactivityTimeout"))
                        if (!$util.isInteger(message.sessionInactivityTimeout))
                            return "sessionInactivityTimeout: integer expected";
                    if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                        if (!$util.isString(message.password))
                            return "password: string expected";
                    if (message.connectionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "connectionInactivityTimeout"))
                        if (!$util.isInteger(message.connectionInactivityTimeout))
                            return "connectionInactivityTimeout: integer expected";
                    return null;
                };

                /**
                 * Creates a CreateSessionInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Session.CreateSessionInfo} CreateSessionInfo
                 */
                CreateSessionInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Session.CreateSessionInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Session.CreateSessionInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Session.CreateSessionInfo();
                    if (object.username != null)
                        if (typeof object.username !== "string" || object.username.length)
                            message.username = $String(object.username);
                    if (object.sessionInactivityTimeout != null)
                        if ($Number(object.sessionInactivityTimeout) !== 0)
                            message.sessionInactivityTimeout = object.sessionInactivityTimeout >>> 0;
                    if (object.password != null)
                        if (typeof object.password !== "string" || object.password.length)
                            message.password = $String(object.password);
                    if (object.connectionInactivityTimeout != null)
                        if ($Number(object.connectionInactivityTimeout) !== 0)
                            message.connectionInactivityTimeout = object.connectionInactivityTimeout >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a CreateSessionInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @static
                 * @param {Kinova.Api.Session.CreateSessionInfo} message CreateSessionInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateSessionInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.username = "";
                        object.sessionInactivityTimeout = 0;
                        object.password = "";
                        object.connectionInactivityTimeout = 0;
                    }
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        object.username = message.username;
                    if (message.sessionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "sessionInactivityTimeout"))
                        object.sessionInactivityTimeout = message.sessionInactivityTimeout;
                    if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                        object.password = message.password;
                    if (message.connectionInactivityTimeout != null && $Object.hasOwnProperty.call(message, "connectionInactivityTimeout"))
                        object.connectionInactivityTimeout = message.connectionInactivityTimeout;
                    return object;
                };

                /**
                 * Converts this CreateSessionInfo to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateSessionInfo.prototype.toJSON = function() {
                    return CreateSessionInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateSessionInfo
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Session.CreateSessionInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateSessionInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Session.CreateSessionInfo";
                };

                return CreateSessionInfo;
            })();

            Session.ConnectionList = (function() {

                /**
                 * Properties of a ConnectionList.
                 * @typedef {Object} Kinova.Api.Session.ConnectionList.$Properties
                 * @property {Array.<Kinova.Api.Common.Connection.$Properties>|null} [connection] ConnectionList connection
                 * @property {Array.<Kinova.Api.Common.Connection.$Properties>|null} [userConnections] ConnectionList userConnections
                 * @property {Array.<Kinova.Api.Common.Connection.$Properties>|null} [pluginConnections] ConnectionList pluginConnections
                 * @property {Array.<Kinova.Api.Common.Connection.$Properties>|null} [internalConnections] ConnectionList internalConnections
                 * @property {Array.<Kinova.Api.Common.Connection.$Properties>|null} [unauthenticatedConnections] ConnectionList unauthenticatedConnections
                 * @property {Array.<Kinova.Api.Common.Connection.$Properties>|null} [monitorConnections] ConnectionList monitorConnections
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConnectionList.
                 * @memberof Kinova.Api.Session
                 * @interface IConnectionList
                 * @augments Kinova.Api.Session.ConnectionList.$Properties
                 * @deprecated Use Kinova.Api.Session.ConnectionList.$Properties instead.
                 */

                /**
                 * Shape of a ConnectionList.
                 * @typedef {Kinova.Api.Session.ConnectionList.$Properties} Kinova.Api.Session.ConnectionList.$Shape
                 */

                /**
                 * Constructs a new ConnectionList.
                 * @memberof Kinova.Api.Session
                 * @classdesc Represents a ConnectionList.
                 * @constructor
                 * @param {Kinova.Api.Session.ConnectionList.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ConnectionList = function (properties) {
                    this.connection = [];
                    this.userConnections = [];
                    this.pluginConnections = [];
                    this.internalConnections = [];
                    this.unauthenticatedConnections = [];
                    this.monitorConnections = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConnectionList connection.
                 * @member {Array.<Kinova.Api.Common.Connection.$Properties>} connection
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @instance
                 */
                ConnectionList.prototype.connection = $util.emptyArray;

                /**
                 * ConnectionList userConnections.
                 * @member {Array.<Kinova.Api.Common.Connection.$Properties>} userConnections
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @instance
                 */
                ConnectionList.prototype.userConnections = $util.emptyArray;

                /**
                 * ConnectionList pluginConnections.
                 * @member {Array.<Kinova.Api.Common.Connection.$Properties>} pluginConnections
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @instance
                 */
                ConnectionList.prototype.pluginConnections = $util.emptyArray;

                /**
                 * ConnectionList internalConnections.
                 * @member {Array.<Kinova.Api.Common.Connection.$Properties>} internalConnections
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @instance
                 */
                ConnectionList.prototype.internalConnections = $util.emptyArray;

                /**
                 * ConnectionList unauthenticatedConnections.
                 * @member {Array.<Kinova.Api.Common.Connection.$Properties>} unauthenticatedConnections
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @instance
                 */
                ConnectionList.prototype.unauthenticatedConnections = $util.emptyArray;

                /**
                 * ConnectionList monitorConnections.
                 * @member {Array.<Kinova.Api.Common.Connection.$Properties>} monitorConnections
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @instance
                 */
                ConnectionList.prototype.monitorConnections = $util.emptyArray;

                /**
                 * Creates a new ConnectionList instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @static
                 * @param {Kinova.Api.Session.ConnectionList.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Session.ConnectionList} ConnectionList instance
                 * @type {{
                 *   (properties: Kinova.Api.Session.ConnectionList.$Shape): Kinova.Api.Session.ConnectionList & Kinova.Api.Session.ConnectionList.$Shape;
                 *   (properties?: Kinova.Api.Session.ConnectionList.$Properties): Kinova.Api.Session.ConnectionList;
                 * }}
                 */
                ConnectionList.create = function(properties) {
                    return new ConnectionList(properties);
                };

                /**
                 * Encodes the specified ConnectionList message. Does not implicitly {@link Kinova.Api.Session.ConnectionList.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @static
                 * @param {Kinova.Api.Session.ConnectionList.$Properties} message ConnectionList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectionList.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.connection != null && message.connection.length)
                        for (var i = 0; i < message.connection.length; ++i)
                            $root.Kinova.Api.Common.Connection.encode(message.connection[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.userConnections != null && message.userConnections.length)
                        for (var i = 0; i < message.userConnections.length; ++i)
                            $root.Kinova.Api.Common.Connection.encode(message.userConnections[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.pluginConnections != null && message.pluginConnections.length)
                        for (var i = 0; i < message.pluginConnections.length; ++i)
                            $root.Kinova.Api.Common.Connection.encode(message.pluginConnections[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.internalConnections != null && message.internalConnections.length)
                        for (var i = 0; i < message.internalConnections.length; ++i)
                            $root.Kinova.Api.Common.Connection.encode(message.internalConnections[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.unauthenticatedConnections != null && message.unauthenticatedConnections.length)
                        for (var i = 0; i < message.unauthenticatedConnections.length; ++i)
                            $root.Kinova.Api.Common.Connection.encode(message.unauthenticatedConnections[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.monitorConnections != null && message.monitorConnections.length)
                        for (var i = 0; i < message.monitorConnections.length; ++i)
                            $root.Kinova.Api.Common.Connection.encode(message.monitorConnections[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConnectionList message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.ConnectionList & Kinova.Api.Session.ConnectionList.$Shape} ConnectionList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectionList.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Session.ConnectionList();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.connection && message.connection.length))
                                    message.connection = [];
                                message.connection.push($root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.userConnections && message.userConnections.length))
                                    message.userConnections = [];
                                message.userConnections.push($root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.pluginConnections && message.pluginConnections.length))
                                    message.pluginConnections = [];
                                message.pluginConnections.push($root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.internalConnections && message.internalConnections.length))
                                    message.internalConnections = [];
                                message.internalConnections.push($root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.unauthenticatedConnections && message.unauthenticatedConnections.length))
                                    message.unauthenticatedConnections = [];
                                message.unauthenticatedConnections.push($root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.monitorConnections && message.monitorConnections.length))
                                    message.monitorConnections = [];
                                message.monitorConnections.push($root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ConnectionList message.
                 * @function verify
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConnectionList.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection")) {
                        if (!$Array.isArray(message.connection))
                            return "connection: array expected";
                        for (var i = 0; i < message.connection.length; ++i) {
                            var error = $root.Kinova.Api.Common.Connection.verify(message.connection[i], _depth + 1);
                            if (error)
                                return "connection." + error;
                        }
                    }
                    if (message.userConnections != null && $Object.hasOwnProperty.call(message, "userConnections")) {
                        if (!$Array.isArray(message.userConnections))
                            return "userConnections: array expected";
                        for (var i = 0; i < message.userConnections.length; ++i) {
                            var error = $root.Kinova.Api.Common.Connection.verify(message.userConnections[i], _depth + 1);
                            if (error)
                                return "userConnections." + error;
                        }
                    }
                    if (message.pluginConnections != null && $Object.hasOwnProperty.call(message, "pluginConnections")) {
                        if (!$Array.isArray(message.pluginConnections))
                            return "pluginConnections: array expected";
                        for (var i = 0; i < message.pluginConnections.length; ++i) {
                            var error = $root.Kinova.Api.Common.Connection.verify(message.pluginConnections[i], _depth + 1);
                            if (error)
                                return "pluginConnections." + error;
                        }
                    }
                    if (message.internalConnections != null && $Object.hasOwnProperty.call(message, "internalConnections")) {
                        if (!$Array.isArray(message.internalConnections))
                            return "internalConnections: array expected";
                        for (var i = 0; i < message.internalConnections.length; ++i) {
                            var error = $root.Kinova.Api.Common.Connection.verify(message.internalConnections[i], _depth + 1);
                            if (error)
                                return "internalConnections." + error;
                        }
                    }
                    if (message.unauthenticatedConnections != null && $Object.hasOwnProperty.call(message, "unauthenticatedConnections")) {
                        if (!$Array.isArray(message.unauthenticatedConnections))
                            return "unauthenticatedConnections: array expected";
                        for (var i = 0; i < message.unauthenticatedConnections.length; ++i) {
                            var error = $root.Kinova.Api.Common.Connection.verify(message.unauthenticatedConnections[i], _depth + 1);
                            if (error)
                                return "unauthenticatedConnections." + error;
                        }
                    }
                    if (message.monitorConnections != null && $Object.hasOwnProperty.call(message, "monitorConnections")) {
                        if (!$Array.isArray(message.monitorConnections))
                            return "monitorConnections: array expected";
                        for (var i = 0; i < message.monitorConnections.length; ++i) {
                            var error = $root.Kinova.Api.Common.Connection.verify(message.monitorConnections[i], _depth + 1);
                            if (error)
                                return "monitorConnections." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ConnectionList message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Session.ConnectionList} ConnectionList
                 */
                ConnectionList.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Session.ConnectionList)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Session.ConnectionList: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Session.ConnectionList();
                    if (object.connection) {
                        if (!$Array.isArray(object.connection))
                            throw $TypeError(".Kinova.Api.Session.ConnectionList.connection: array expected");
                        message.connection = $Array(object.connection.length);
                        for (var i = 0; i < object.connection.length; ++i) {
                            if (!$util.isObject(object.connection[i]))
                                throw $TypeError(".Kinova.Api.Session.ConnectionList.connection: object expected");
                            message.connection[i] = $root.Kinova.Api.Common.Connection.fromObject(object.connection[i], _depth + 1);
                        }
                    }
                    if (object.userConnections) {
                        if (!$Array.isArray(object.userConnections))
                            throw $TypeError(".Kinova.Api.Session.ConnectionList.userConnections: array expected");
                        message.userConnections = $Array(object.userConnections.length);
                        for (var i = 0; i < object.userConnections.length; ++i) {
                            if (!$util.isObject(object.userConnections[i]))
                                throw $TypeError(".Kinova.Api.Session.ConnectionList.userConnections: object expected");
                            message.userConnections[i] = $root.Kinova.Api.Common.Connection.fromObject(object.userConnections[i], _depth + 1);
                        }
                    }
                    if (object.pluginConnections) {
                        if (!$Array.isArray(object.pluginConnections))
                            throw $TypeError(".Kinova.Api.Session.ConnectionList.pluginConnections: array expected");
                        message.pluginConnections = $Array(object.pluginConnections.length);
                        for (var i = 0; i < object.pluginConnections.length; ++i) {
                            if (!$util.isObject(object.pluginConnections[i]))
                                throw $TypeError(".Kinova.Api.Session.ConnectionList.pluginConnections: object expected");
                            message.pluginConnections[i] = $root.Kinova.Api.Common.Connection.fromObject(object.pluginConnections[i], _depth + 1);
                        }
                    }
                    if (object.internalConnections) {
                        if (!$Array.isArray(object.internalConnections))
                            throw $TypeError(".Kinova.Api.Session.ConnectionList.internalConnections: array expected");
                        message.internalConnections = $Array(object.internalConnections.length);
                        for (var i = 0; i < object.internalConnections.length; ++i) {
                            if (!$util.isObject(object.internalConnections[i]))
                                throw $TypeError(".Kinova.Api.Session.ConnectionList.internalConnections: object expected");
                            message.internalConnections[i] = $root.Kinova.Api.Common.Connection.fromObject(object.internalConnections[i], _depth + 1);
                        }
                    }
                    if (object.unauthenticatedConnections) {
                        if (!$Array.isArray(object.unauthenticatedConnections))
                            throw $TypeError(".Kinova.Api.Session.ConnectionList.unauthenticatedConnections: array expected");
                        message.unauthenticatedConnections = $Array(object.unauthenticatedConnections.length);
                        for (var i = 0; i < object.unauthenticatedConnections.length; ++i) {
                            if (!$util.isObject(object.unauthenticatedConnections[i]))
                                throw $TypeError(".Kinova.Api.Session.ConnectionList.unauthenticatedConnections: object expected");
                            message.unauthenticatedConnections[i] = $root.Kinova.Api.Common.Connection.fromObject(object.unauthenticatedConnections[i], _depth + 1);
                        }
                    }
                    if (object.monitorConnections) {
                        if (!$Array.isArray(object.monitorConnections))
                            throw $TypeError(".Kinova.Api.Session.ConnectionList.monitorConnections: array expected");
                        message.monitorConnections = $Array(object.monitorConnections.length);
                        for (var i = 0; i < object.monitorConnections.length; ++i) {
                            if (!$util.isObject(object.monitorConnections[i]))
                                throw $TypeError(".Kinova.Api.Session.ConnectionList.monitorConnections: object expected");
                            message.monitorConnections[i] = $root.Kinova.Api.Common.Connection.fromObject(object.monitorConnections[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ConnectionList message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @static
                 * @param {Kinova.Api.Session.ConnectionList} message ConnectionList
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConnectionList.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults) {
                        object.connection = [];
                        object.userConnections = [];
                        object.pluginConnections = [];
                        object.internalConnections = [];
                        object.unauthenticatedConnections = [];
                        object.monitorConnections = [];
                    }
                    if (message.connection && message.connection.length) {
                        object.connection = $Array(message.connection.length);
                        for (var j = 0; j < message.connection.length; ++j)
                            object.connection[j] = $root.Kinova.Api.Common.Connection.toObject(message.connection[j], options, _depth + 1);
                    }
                    if (message.userConnections && message.userConnections.length) {
                        object.userConnections = $Array(message.userConnections.length);
                        for (var j = 0; j < message.userConnections.length; ++j)
                            object.userConnections[j] = $root.Kinova.Api.Common.Connection.toObject(message.userConnections[j], options, _depth + 1);
                    }
                    if (message.pluginConnections && message.pluginConnections.length) {
                        object.pluginConnections = $Array(message.pluginConnections.length);
                        for (var j = 0; j < message.pluginConnections.length; ++j)
                            object.pluginConnections[j] = $root.Kinova.Api.Common.Connection.toObject(message.pluginConnections[j], options, _depth + 1);
                    }
                    if (message.internalConnections && message.internalConnections.length) {
                        object.internalConnections = $Array(message.internalConnections.length);
                        for (var j = 0; j < message.internalConnections.length; ++j)
                            object.internalConnections[j] = $root.Kinova.Api.Common.Connection.toObject(message.internalConnections[j], options, _depth + 1);
                    }
                    if (message.unauthenticatedConnections && message.unauthenticatedConnections.length) {
                        object.unauthenticatedConnections = $Array(message.unauthenticatedConnections.length);
                        for (var j = 0; j < message.unauthenticatedConnections.length; ++j)
                            object.unauthenticatedConnections[j] = $root.Kinova.Api.Common.Connection.toObject(message.unauthenticatedConnections[j], options, _depth + 1);
                    }
                    if (message.monitorConnections && message.monitorConnections.length) {
                        object.monitorConnections = $Array(message.monitorConnections.length);
                        for (var j = 0; j < message.monitorConnections.length; ++j)
                            object.monitorConnections[j] = $root.Kinova.Api.Common.Connection.toObject(message.monitorConnections[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ConnectionList to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConnectionList.prototype.toJSON = function() {
                    return ConnectionList.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConnectionList
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Session.ConnectionList
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConnectionList.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Session.ConnectionList";
                };

                return ConnectionList;
            })();

            Session.SessionStatusHandle = (function() {

                /**
                 * Properties of a SessionStatusHandle.
                 * @typedef {Object} Kinova.Api.Session.SessionStatusHandle.$Properties
                 * @property {number|null} [sessionIdentifier] SessionStatusHandle sessionIdentifier
                 * @property {number|null} [userIdentifier] SessionStatusHandle userIdentifier
                 * @property {Array.<Kinova.Api.Common.UserRole.$Properties>|null} [roles] SessionStatusHandle roles
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionStatusHandle.
                 * @memberof Kinova.Api.Session
                 * @interface ISessionStatusHandle
                 * @augments Kinova.Api.Session.SessionStatusHandle.$Properties
                 * @deprecated Use Kinova.Api.Session.SessionStatusHandle.$Properties instead.
                 */

                /**
                 * Shape of a SessionStatusHandle.
                 * @typedef {Kinova.Api.Session.SessionStatusHandle.$Properties} Kinova.Api.Session.SessionStatusHandle.$Shape
                 */

                /**
                 * Constructs a new SessionStatusHandle.
                 * @memberof Kinova.Api.Session
                 * @classdesc Represents a SessionStatusHandle.
                 * @constructor
                 * @param {Kinova.Api.Session.SessionStatusHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SessionStatusHandle = function (properties) {
                    this.roles = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionStatusHandle sessionIdentifier.
                 * @member {number} sessionIdentifier
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @instance
                 */
                SessionStatusHandle.prototype.sessionIdentifier = 0;

                /**
                 * SessionStatusHandle userIdentifier.
                 * @member {number} userIdentifier
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @instance
                 */
                SessionStatusHandle.prototype.userIdentifier = 0;

                /**
                 * SessionStatusHandle roles.
                 * @member {Array.<Kinova.Api.Common.UserRole.$Properties>} roles
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @instance
                 */
                SessionStatusHandle.prototype.roles = $util.emptyArray;

                /**
                 * Creates a new SessionStatusHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @static
                 * @param {Kinova.Api.Session.SessionStatusHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Session.SessionStatusHandle} SessionStatusHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.Session.SessionStatusHandle.$Shape): Kinova.Api.Session.SessionStatusHandle & Kinova.Api.Session.SessionStatusHandle.$Shape;
                 *   (properties?: Kinova.Api.Session.SessionStatusHandle.$Properties): Kinova.Api.Session.SessionStatusHandle;
                 * }}
                 */
                SessionStatusHandle.create = function(properties) {
                    return new SessionStatusHandle(properties);
                };

                /**
                 * Encodes the specified SessionStatusHandle message. Does not implicitly {@link Kinova.Api.Session.SessionStatusHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @static
                 * @param {Kinova.Api.Session.SessionStatusHandle.$Properties} message SessionStatusHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionStatusHandle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionIdentifier != null && $Object.hasOwnProperty.call(message, "sessionIdentifier") && message.sessionIdentifier !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sessionIdentifier);
                    if (message.userIdentifier != null && $Object.hasOwnProperty.call(message, "userIdentifier") && message.userIdentifier !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.userIdentifier);
                    if (message.roles != null && message.roles.length)
                        for (var i = 0; i < message.roles.length; ++i)
                            $root.Kinova.Api.Common.UserRole.encode(message.roles[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionStatusHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.SessionStatusHandle & Kinova.Api.Session.SessionStatusHandle.$Shape} SessionStatusHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionStatusHandle.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Session.SessionStatusHandle();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sessionIdentifier = value;
                                else
                                    delete message.sessionIdentifier;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.userIdentifier = value;
                                else
                                    delete message.userIdentifier;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                message.roles.push($root.Kinova.Api.Common.UserRole.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SessionStatusHandle message.
                 * @function verify
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SessionStatusHandle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sessionIdentifier != null && $Object.hasOwnProperty.call(message, "sessionIdentifier"))
                        if (!$util.isInteger(message.sessionIdentifier))
                            return "sessionIdentifier: integer expected";
                    if (message.userIdentifier != null && $Object.hasOwnProperty.call(message, "userIdentifier"))
                        if (!$util.isInteger(message.userIdentifier))
                            return "userIdentifier: integer expected";
                    if (message.roles != null && $Object.hasOwnProperty.call(message, "roles")) {
                        if (!$Array.isArray(message.roles))
                            return "roles: array expected";
                        for (var i = 0; i < message.roles.length; ++i) {
                            var error = $root.Kinova.Api.Common.UserRole.verify(message.roles[i], _depth + 1);
                            if (error)
                                return "roles." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a SessionStatusHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Session.SessionStatusHandle} SessionStatusHandle
                 */
                SessionStatusHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Session.SessionStatusHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Session.SessionStatusHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Session.SessionStatusHandle();
                    if (object.sessionIdentifier != null)
                        if ($Number(object.sessionIdentifier) !== 0)
                            message.sessionIdentifier = object.sessionIdentifier >>> 0;
                    if (object.userIdentifier != null)
                        if ($Number(object.userIdentifier) !== 0)
                            message.userIdentifier = object.userIdentifier >>> 0;
                    if (object.roles) {
                        if (!$Array.isArray(object.roles))
                            throw $TypeError(".Kinova.Api.Session.SessionStatusHandle.roles: array expected");
                        message.roles = $Array(object.roles.length);
                        for (var i = 0; i < object.roles.length; ++i) {
                            if (!$util.isObject(object.roles[i]))
                                throw $TypeError(".Kinova.Api.Session.SessionStatusHandle.roles: object expected");
                            message.roles[i] = $root.Kinova.Api.Common.UserRole.fromObject(object.roles[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SessionStatusHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @static
                 * @param {Kinova.Api.Session.SessionStatusHandle} message SessionStatusHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionStatusHandle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.roles = [];
                    if (options.defaults) {
                        object.sessionIdentifier = 0;
                        object.userIdentifier = 0;
                    }
                    if (message.sessionIdentifier != null && $Object.hasOwnProperty.call(message, "sessionIdentifier"))
                        object.sessionIdentifier = message.sessionIdentifier;
                    if (message.userIdentifier != null && $Object.hasOwnProperty.call(message, "userIdentifier"))
                        object.userIdentifier = message.userIdentifier;
                    if (message.roles && message.roles.length) {
                        object.roles = $Array(message.roles.length);
                        for (var j = 0; j < message.roles.length; ++j)
                            object.roles[j] = $root.Kinova.Api.Common.UserRole.toObject(message.roles[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this SessionStatusHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionStatusHandle.prototype.toJSON = function() {
                    return SessionStatusHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SessionStatusHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Session.SessionStatusHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SessionStatusHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Session.SessionStatusHandle";
                };

                return SessionStatusHandle;
            })();

            Session.PayloadSessionStatusRaw = (function() {

                /**
                 * Properties of a PayloadSessionStatusRaw.
                 * @typedef {Object} Kinova.Api.Session.PayloadSessionStatusRaw.$Properties
                 * @property {Array.<Kinova.Api.Session.SessionStatusHandle.$Properties>|null} [sessions] PayloadSessionStatusRaw sessions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PayloadSessionStatusRaw.
                 * @memberof Kinova.Api.Session
                 * @interface IPayloadSessionStatusRaw
                 * @augments Kinova.Api.Session.PayloadSessionStatusRaw.$Properties
                 * @deprecated Use Kinova.Api.Session.PayloadSessionStatusRaw.$Properties instead.
                 */

                /**
                 * Shape of a PayloadSessionStatusRaw.
                 * @typedef {Kinova.Api.Session.PayloadSessionStatusRaw.$Properties} Kinova.Api.Session.PayloadSessionStatusRaw.$Shape
                 */

                /**
                 * Constructs a new PayloadSessionStatusRaw.
                 * @memberof Kinova.Api.Session
                 * @classdesc Represents a PayloadSessionStatusRaw.
                 * @constructor
                 * @param {Kinova.Api.Session.PayloadSessionStatusRaw.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PayloadSessionStatusRaw = function (properties) {
                    this.sessions = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PayloadSessionStatusRaw sessions.
                 * @member {Array.<Kinova.Api.Session.SessionStatusHandle.$Properties>} sessions
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @instance
                 */
                PayloadSessionStatusRaw.prototype.sessions = $util.emptyArray;

                /**
                 * Creates a new PayloadSessionStatusRaw instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @static
                 * @param {Kinova.Api.Session.PayloadSessionStatusRaw.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Session.PayloadSessionStatusRaw} PayloadSessionStatusRaw instance
                 * @type {{
                 *   (properties: Kinova.Api.Session.PayloadSessionStatusRaw.$Shape): Kinova.Api.Session.PayloadSessionStatusRaw & Kinova.Api.Session.PayloadSessionStatusRaw.$Shape;
                 *   (properties?: Kinova.Api.Session.PayloadSessionStatusRaw.$Properties): Kinova.Api.Session.PayloadSessionStatusRaw;
                 * }}
                 */
                PayloadSessionStatusRaw.create = function(properties) {
                    return new PayloadSessionStatusRaw(properties);
                };

                /**
                 * Encodes the specified PayloadSessionStatusRaw message. Does not implicitly {@link Kinova.Api.Session.PayloadSessionStatusRaw.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @static
                 * @param {Kinova.Api.Session.PayloadSessionStatusRaw.$Properties} message PayloadSessionStatusRaw message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PayloadSessionStatusRaw.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessions != null && message.sessions.length)
                        for (var i = 0; i < message.sessions.length; ++i)
                            $root.Kinova.Api.Session.SessionStatusHandle.encode(message.sessions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PayloadSessionStatusRaw message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.PayloadSessionStatusRaw & Kinova.Api.Session.PayloadSessionStatusRaw.$Shape} PayloadSessionStatusRaw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PayloadSessionStatusRaw.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Session.PayloadSessionStatusRaw();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.sessions && message.sessions.length))
                                    message.sessions = [];
                                message.sessions.push($root.Kinova.Api.Session.SessionStatusHandle.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PayloadSessionStatusRaw message.
                 * @function verify
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PayloadSessionStatusRaw.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions")) {
                        if (!$Array.isArray(message.sessions))
                            return "sessions: array expected";
                        for (var i = 0; i < message.sessions.length; ++i) {
                            var error = $root.Kinova.Api.Session.SessionStatusHandle.verify(message.sessions[i], _depth + 1);
                            if (error)
                                return "sessions." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a PayloadSessionStatusRaw message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Session.PayloadSessionStatusRaw} PayloadSessionStatusRaw
                 */
                PayloadSessionStatusRaw.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Session.PayloadSessionStatusRaw)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Session.PayloadSessionStatusRaw: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Session.PayloadSessionStatusRaw();
                    if (object.sessions) {
                        if (!$Array.isArray(object.sessions))
                            throw $TypeError(".Kinova.Api.Session.PayloadSessionStatusRaw.sessions: array expected");
                        message.sessions = $Array(object.sessions.length);
                        for (var i = 0; i < object.sessions.length; ++i) {
                            if (!$util.isObject(object.sessions[i]))
                                throw $TypeError(".Kinova.Api.Session.PayloadSessionStatusRaw.sessions: object expected");
                            message.sessions[i] = $root.Kinova.Api.Session.SessionStatusHandle.fromObject(object.sessions[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PayloadSessionStatusRaw message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @static
                 * @param {Kinova.Api.Session.PayloadSessionStatusRaw} message PayloadSessionStatusRaw
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PayloadSessionStatusRaw.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.sessions = [];
                    if (message.sessions && message.sessions.length) {
                        object.sessions = $Array(message.sessions.length);
                        for (var j = 0; j < message.sessions.length; ++j)
                            object.sessions[j] = $root.Kinova.Api.Session.SessionStatusHandle.toObject(message.sessions[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this PayloadSessionStatusRaw to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PayloadSessionStatusRaw.prototype.toJSON = function() {
                    return PayloadSessionStatusRaw.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PayloadSessionStatusRaw
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Session.PayloadSessionStatusRaw
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PayloadSessionStatusRaw.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Session.PayloadSessionStatusRaw";
                };

                return PayloadSessionStatusRaw;
            })();

            Session.TemporaryRoleRequest = (function() {

                /**
                 * Properties of a TemporaryRoleRequest.
                 * @typedef {Object} Kinova.Api.Session.TemporaryRoleRequest.$Properties
                 * @property {string|null} [roleIdentifier] TemporaryRoleRequest roleIdentifier
                 * @property {string|null} [password] TemporaryRoleRequest password
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TemporaryRoleRequest.
                 * @memberof Kinova.Api.Session
                 * @interface ITemporaryRoleRequest
                 * @augments Kinova.Api.Session.TemporaryRoleRequest.$Properties
                 * @deprecated Use Kinova.Api.Session.TemporaryRoleRequest.$Properties instead.
                 */

                /**
                 * Shape of a TemporaryRoleRequest.
                 * @typedef {Kinova.Api.Session.TemporaryRoleRequest.$Properties} Kinova.Api.Session.TemporaryRoleRequest.$Shape
                 */

                /**
                 * Constructs a new TemporaryRoleRequest.
                 * @memberof Kinova.Api.Session
                 * @classdesc Represents a TemporaryRoleRequest.
                 * @constructor
                 * @param {Kinova.Api.Session.TemporaryRoleRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TemporaryRoleRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TemporaryRoleRequest roleIdentifier.
                 * @member {string} roleIdentifier
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @instance
                 */
                TemporaryRoleRequest.prototype.roleIdentifier = "";

                /**
                 * TemporaryRoleRequest password.
                 * @member {string} password
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @instance
                 */
                TemporaryRoleRequest.prototype.password = "";

                /**
                 * Creates a new TemporaryRoleRequest instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @static
                 * @param {Kinova.Api.Session.TemporaryRoleRequest.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Session.TemporaryRoleRequest} TemporaryRoleRequest instance
                 * @type {{
                 *   (properties: Kinova.Api.Session.TemporaryRoleRequest.$Shape): Kinova.Api.Session.TemporaryRoleRequest & Kinova.Api.Session.TemporaryRoleRequest.$Shape;
                 *   (properties?: Kinova.Api.Session.TemporaryRoleRequest.$Properties): Kinova.Api.Session.TemporaryRoleRequest;
                 * }}
                 */
                TemporaryRoleRequest.create = function(properties) {
                    return new TemporaryRoleRequest(properties);
                };

                /**
                 * Encodes the specified TemporaryRoleRequest message. Does not implicitly {@link Kinova.Api.Session.TemporaryRoleRequest.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @static
                 * @param {Kinova.Api.Session.TemporaryRoleRequest.$Properties} message TemporaryRoleRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TemporaryRoleRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roleIdentifier != null && $Object.hasOwnProperty.call(message, "roleIdentifier") && message.roleIdentifier !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.roleIdentifier);
                    if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TemporaryRoleRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.TemporaryRoleRequest & Kinova.Api.Session.TemporaryRoleRequest.$Shape} TemporaryRoleRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TemporaryRoleRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Session.TemporaryRoleRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.roleIdentifier = value;
                                else
                                    delete message.roleIdentifier;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.password = value;
                                else
                                    delete message.password;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a TemporaryRoleRequest message.
                 * @function verify
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TemporaryRoleRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.roleIdentifier != null && $Object.hasOwnProperty.call(message, "roleIdentifier"))
                        if (!$util.isString(message.roleIdentifier))
                            return "roleIdentifier: string expected";
                    if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                        if (!$util.isString(message.password))
                            return "password: string expected";
                    return null;
                };

                /**
                 * Creates a TemporaryRoleRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Session.TemporaryRoleRequest} TemporaryRoleRequest
                 */
                TemporaryRoleRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Session.TemporaryRoleRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Session.TemporaryRoleRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Session.TemporaryRoleRequest();
                    if (object.roleIdentifier != null)
                        if (typeof object.roleIdentifier !== "string" || object.roleIdentifier.length)
                            message.roleIdentifier = $String(object.roleIdentifier);
                    if (object.password != null)
                        if (typeof object.password !== "string" || object.password.length)
                            message.password = $String(object.password);
                    return message;
                };

                /**
                 * Creates a plain object from a TemporaryRoleRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @static
                 * @param {Kinova.Api.Session.TemporaryRoleRequest} message TemporaryRoleRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TemporaryRoleRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.roleIdentifier = "";
                        object.password = "";
                    }
                    if (message.roleIdentifier != null && $Object.hasOwnProperty.call(message, "roleIdentifier"))
                        object.roleIdentifier = message.roleIdentifier;
                    if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                        object.password = message.password;
                    return object;
                };

                /**
                 * Converts this TemporaryRoleRequest to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TemporaryRoleRequest.prototype.toJSON = function() {
                    return TemporaryRoleRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TemporaryRoleRequest
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Session.TemporaryRoleRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TemporaryRoleRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Session.TemporaryRoleRequest";
                };

                return TemporaryRoleRequest;
            })();

            Session.AccessControlOptions = (function() {

                /**
                 * Properties of an AccessControlOptions.
                 * @typedef {Object} Kinova.Api.Session.AccessControlOptions.$Properties
                 * @property {boolean|null} [singleSourceControl] AccessControlOptions singleSourceControl
                 * @property {boolean|null} [bypassRemoteAccess] AccessControlOptions bypassRemoteAccess
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccessControlOptions.
                 * @memberof Kinova.Api.Session
                 * @interface IAccessControlOptions
                 * @augments Kinova.Api.Session.AccessControlOptions.$Properties
                 * @deprecated Use Kinova.Api.Session.AccessControlOptions.$Properties instead.
                 */

                /**
                 * Shape of an AccessControlOptions.
                 * @typedef {Kinova.Api.Session.AccessControlOptions.$Properties} Kinova.Api.Session.AccessControlOptions.$Shape
                 */

                /**
                 * Constructs a new AccessControlOptions.
                 * @memberof Kinova.Api.Session
                 * @classdesc Represents an AccessControlOptions.
                 * @constructor
                 * @param {Kinova.Api.Session.AccessControlOptions.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var AccessControlOptions = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccessControlOptions singleSourceControl.
                 * @member {boolean} singleSourceControl
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @instance
                 */
                AccessControlOptions.prototype.singleSourceControl = false;

                /**
                 * AccessControlOptions bypassRemoteAccess.
                 * @member {boolean} bypassRemoteAccess
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @instance
                 */
                AccessControlOptions.prototype.bypassRemoteAccess = false;

                /**
                 * Creates a new AccessControlOptions instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @static
                 * @param {Kinova.Api.Session.AccessControlOptions.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Session.AccessControlOptions} AccessControlOptions instance
                 * @type {{
                 *   (properties: Kinova.Api.Session.AccessControlOptions.$Shape): Kinova.Api.Session.AccessControlOptions & Kinova.Api.Session.AccessControlOptions.$Shape;
                 *   (properties?: Kinova.Api.Session.AccessControlOptions.$Properties): Kinova.Api.Session.AccessControlOptions;
                 * }}
                 */
                AccessControlOptions.create = function(properties) {
                    return new AccessControlOptions(properties);
                };

                /**
                 * Encodes the specified AccessControlOptions message. Does not implicitly {@link Kinova.Api.Session.AccessControlOptions.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @static
                 * @param {Kinova.Api.Session.AccessControlOptions.$Properties} message AccessControlOptions message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccessControlOptions.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.singleSourceControl != null && $Object.hasOwnProperty.call(message, "singleSourceControl") && message.singleSourceControl !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.singleSourceControl);
                    if (message.bypassRemoteAccess != null && $Object.hasOwnProperty.call(message, "bypassRemoteAccess") && message.bypassRemoteAccess !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.bypassRemoteAccess);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccessControlOptions message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.AccessControlOptions & Kinova.Api.Session.AccessControlOptions.$Shape} AccessControlOptions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccessControlOptions.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Session.AccessControlOptions();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.singleSourceControl = value;
                                else
                                    delete message.singleSourceControl;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.bypassRemoteAccess = value;
                                else
                                    delete message.bypassRemoteAccess;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an AccessControlOptions message.
                 * @function verify
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AccessControlOptions.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.singleSourceControl != null && $Object.hasOwnProperty.call(message, "singleSourceControl"))
                        if (typeof message.singleSourceControl !== "boolean")
                            return "singleSourceControl: boolean expected";
                    if (message.bypassRemoteAccess != null && $Object.hasOwnProperty.call(message, "bypassRemoteAccess"))
                        if (typeof message.bypassRemoteAccess !== "boolean")
                            return "bypassRemoteAccess: boolean expected";
                    return null;
                };

                /**
                 * Creates an AccessControlOptions message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Session.AccessControlOptions} AccessControlOptions
                 */
                AccessControlOptions.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Session.AccessControlOptions)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Session.AccessControlOptions: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Session.AccessControlOptions();
                    if (object.singleSourceControl != null)
                        if (object.singleSourceControl)
                            message.singleSourceControl = $Boolean(object.singleSourceControl);
                    if (object.bypassRemoteAccess != null)
                        if (object.bypassRemoteAccess)
                            message.bypassRemoteAccess = $Boolean(object.bypassRemoteAccess);
                    return message;
                };

                /**
                 * Creates a plain object from an AccessControlOptions message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @static
                 * @param {Kinova.Api.Session.AccessControlOptions} message AccessControlOptions
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AccessControlOptions.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.singleSourceControl = false;
                        object.bypassRemoteAccess = false;
                    }
                    if (message.singleSourceControl != null && $Object.hasOwnProperty.call(message, "singleSourceControl"))
                        object.singleSourceControl = message.singleSourceControl;
                    if (message.bypassRemoteAccess != null && $Object.hasOwnProperty.call(message, "bypassRemoteAccess"))
                        object.bypassRemoteAccess = message.bypassRemoteAccess;
                    return object;
                };

                /**
                 * Converts this AccessControlOptions to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccessControlOptions.prototype.toJSON = function() {
                    return AccessControlOptions.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AccessControlOptions
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Session.AccessControlOptions
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AccessControlOptions.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Session.AccessControlOptions";
                };

                return AccessControlOptions;
            })();

            return Session;
        })();

        Api.Base = (function() {

            /**
             * Namespace Base.
             * @memberof Kinova.Api
             * @namespace
             */
            var Base = {};

            Base.ArmStateInformation = (function() {

                /**
                 * Properties of an ArmStateInformation.
                 * @typedef {Object} Kinova.Api.Base.ArmStateInformation.$Properties
                 * @property {Kinova.Api.Common.ArmState|null} [activeState] ArmStateInformation activeState
                 * @property {Kinova.Api.Common.Connection.$Properties|null} [connection] ArmStateInformation connection
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ArmStateInformation.
                 * @memberof Kinova.Api.Base
                 * @interface IArmStateInformation
                 * @augments Kinova.Api.Base.ArmStateInformation.$Properties
                 * @deprecated Use Kinova.Api.Base.ArmStateInformation.$Properties instead.
                 */

                /**
                 * Shape of an ArmStateInformation.
                 * @typedef {Kinova.Api.Base.ArmStateInformation.$Properties} Kinova.Api.Base.ArmStateInformation.$Shape
                 */

                /**
                 * Constructs a new ArmStateInformation.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents an ArmStateInformation.
                 * @constructor
                 * @param {Kinova.Api.Base.ArmStateInformation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ArmStateInformation = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ArmStateInformation activeState.
                 * @member {Kinova.Api.Common.ArmState} activeState
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @instance
                 */
                ArmStateInformation.prototype.activeState = 0;

                /**
                 * ArmStateInformation connection.
                 * @member {Kinova.Api.Common.Connection.$Properties|null|undefined} connection
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @instance
                 */
                ArmStateInformation.prototype.connection = null;

                /**
                 * Creates a new ArmStateInformation instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @static
                 * @param {Kinova.Api.Base.ArmStateInformation.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.ArmStateInformation} ArmStateInformation instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.ArmStateInformation.$Shape): Kinova.Api.Base.ArmStateInformation & Kinova.Api.Base.ArmStateInformation.$Shape;
                 *   (properties?: Kinova.Api.Base.ArmStateInformation.$Properties): Kinova.Api.Base.ArmStateInformation;
                 * }}
                 */
                ArmStateInformation.create = function(properties) {
                    return new ArmStateInformation(properties);
                };

                /**
                 * Encodes the specified ArmStateInformation message. Does not implicitly {@link Kinova.Api.Base.ArmStateInformation.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @static
                 * @param {Kinova.Api.Base.ArmStateInformation.$Properties} message ArmStateInformation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ArmStateInformation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.activeState != null && $Object.hasOwnProperty.call(message, "activeState") && message.activeState !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.activeState);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        $root.Kinova.Api.Common.Connection.encode(message.connection, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ArmStateInformation message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ArmStateInformation & Kinova.Api.Base.ArmStateInformation.$Shape} ArmStateInformation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ArmStateInformation.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Base.ArmStateInformation();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.activeState = value;
                                else
                                    delete message.activeState;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.connection = $root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1, message.connection);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an ArmStateInformation message.
                 * @function verify
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ArmStateInformation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.activeState != null && $Object.hasOwnProperty.call(message, "activeState"))
                        if (typeof message.activeState !== "number" || (message.activeState | 0) !== message.activeState)
                            return "activeState: enum value expected";
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection")) {
                        var error = $root.Kinova.Api.Common.Connection.verify(message.connection, _depth + 1);
                        if (error)
                            return "connection." + error;
                    }
                    return null;
                };

                /**
                 * Creates an ArmStateInformation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.ArmStateInformation} ArmStateInformation
                 */
                ArmStateInformation.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.ArmStateInformation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.ArmStateInformation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.ArmStateInformation();
                    if (object.activeState !== 0 && (typeof object.activeState !== "string" || $root.Kinova.Api.Common.ArmState[object.activeState] !== 0))
                        switch (object.activeState) {
                        case "ARMSTATE_UNSPECIFIED":
                        case 0:
                            message.activeState = 0;
                            break;
                        case "ARMSTATE_BASE_INITIALIZATION":
                        case 1:
                            message.activeState = 1;
                            break;
                        case "ARMSTATE_IDLE":
                        case 2:
                            message.activeState = 2;
                            break;
                        case "ARMSTATE_INITIALIZATION":
                        case 3:
                            message.activeState = 3;
                            break;
                        case "ARMSTATE_IN_FAULT":
                        case 4:
                            message.activeState = 4;
                            break;
                        case "ARMSTATE_MAINTENANCE":
                        case 5:
                            message.activeState = 5;
                            break;
                        case "ARMSTATE_SERVOING_LOW_LEVEL":
                        case 6:
                            message.activeState = 6;
                            break;
                        case "ARMSTATE_SERVOING_READY":
                        case 7:
                            message.activeState = 7;
                            break;
                        case "ARMSTATE_SERVOING_PLAYING_SEQUENCE":
                        case 8:
                            message.activeState = 8;
                            break;
                        case "ARMSTATE_SERVOING_MANUALLY_CONTROLLED":
                        case 9:
                            message.activeState = 9;
                            break;
                        case "ARMSTATE_BRAKE_RELEASING":
                        case 10:
                            message.activeState = 10;
                            break;
                        case "ARMSTATE_RESERVED":
                        case 255:
                            message.activeState = 255;
                            break;
                        default:
                            if (typeof object.activeState === "number" && (object.activeState | 0) === object.activeState)
                                message.activeState = object.activeState;
                        }
                    if (object.connection != null) {
                        if (!$util.isObject(object.connection))
                            throw $TypeError(".Kinova.Api.Base.ArmStateInformation.connection: object expected");
                        message.connection = $root.Kinova.Api.Common.Connection.fromObject(object.connection, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ArmStateInformation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @static
                 * @param {Kinova.Api.Base.ArmStateInformation} message ArmStateInformation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ArmStateInformation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.activeState = options.enums === $String ? "ARMSTATE_UNSPECIFIED" : 0;
                        object.connection = null;
                    }
                    if (message.activeState != null && $Object.hasOwnProperty.call(message, "activeState"))
                        object.activeState = options.enums === $String ? $root.Kinova.Api.Common.ArmState[message.activeState] === $undefined ? message.activeState : $root.Kinova.Api.Common.ArmState[message.activeState] : message.activeState;
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ArmStateInformation to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ArmStateInformation.prototype.toJSON = function() {
                    return ArmStateInformation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ArmStateInformation
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.ArmStateInformation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ArmStateInformation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.ArmStateInformation";
                };

                return ArmStateInformation;
            })();

            Base.ArmStateNotification = (function() {

                /**
                 * Properties of an ArmStateNotification.
                 * @typedef {Object} Kinova.Api.Base.ArmStateNotification.$Properties
                 * @property {Kinova.Api.Common.ArmState|null} [activeState] ArmStateNotification activeState
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] ArmStateNotification timestamp
                 * @property {Kinova.Api.Common.Connection.$Properties|null} [connection] ArmStateNotification connection
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ArmStateNotification.
                 * @memberof Kinova.Api.Base
                 * @interface IArmStateNotification
                 * @augments Kinova.Api.Base.ArmStateNotification.$Properties
                 * @deprecated Use Kinova.Api.Base.ArmStateNotification.$Properties instead.
                 */

                /**
                 * Shape of an ArmStateNotification.
                 * @typedef {Kinova.Api.Base.ArmStateNotification.$Properties} Kinova.Api.Base.ArmStateNotification.$Shape
                 */

                /**
                 * Constructs a new ArmStateNotification.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents an ArmStateNotification.
                 * @constructor
                 * @param {Kinova.Api.Base.ArmStateNotification.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ArmStateNotification = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ArmStateNotification activeState.
                 * @member {Kinova.Api.Common.ArmState} activeState
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @instance
                 */
                ArmStateNotification.prototype.activeState = 0;

                /**
                 * ArmStateNotification timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @instance
                 */
                ArmStateNotification.prototype.timestamp = null;

                /**
                 * ArmStateNotification connection.
                 * @member {Kinova.Api.Common.Connection.$Properties|null|undefined} connection
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @instance
                 */
                ArmStateNotification.prototype.connection = null;

                /**
                 * Creates a new ArmStateNotification instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @static
                 * @param {Kinova.Api.Base.ArmStateNotification.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.ArmStateNotification} ArmStateNotification instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.ArmStateNotification.$Shape): Kinova.Api.Base.ArmStateNotification & Kinova.Api.Base.ArmStateNotification.$Shape;
                 *   (properties?: Kinova.Api.Base.ArmStateNotification.$Properties): Kinova.Api.Base.ArmStateNotification;
                 * }}
                 */
                ArmStateNotification.create = function(properties) {
                    return new ArmStateNotification(properties);
                };

                /**
                 * Encodes the specified ArmStateNotification message. Does not implicitly {@link Kinova.Api.Base.ArmStateNotification.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @static
                 * @param {Kinova.Api.Base.ArmStateNotification.$Properties} message ArmStateNotification message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ArmStateNotification.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.activeState != null && $Object.hasOwnProperty.call(message, "activeState") && message.activeState !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.activeState);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.timestamp, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        $root.Kinova.Api.Common.Connection.encode(message.connection, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ArmStateNotification message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ArmStateNotification & Kinova.Api.Base.ArmStateNotification.$Shape} ArmStateNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ArmStateNotification.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.Kinova.Api.Base.ArmStateNotification();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.activeState = value;
                                else
                                    delete message.activeState;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp = $root.Kinova.Api.Common.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.connection = $root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1, message.connection);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an ArmStateNotification message.
                 * @function verify
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ArmStateNotification.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.activeState != null && $Object.hasOwnProperty.call(message, "activeState"))
                        if (typeof message.activeState !== "number" || (message.activeState | 0) !== message.activeState)
                            return "activeState: enum value expected";
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        var error = $root.Kinova.Api.Common.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection")) {
                        var error = $root.Kinova.Api.Common.Connection.verify(message.connection, _depth + 1);
                        if (error)
                            return "connection." + error;
                    }
                    return null;
                };

                /**
                 * Creates an ArmStateNotification message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.ArmStateNotification} ArmStateNotification
                 */
                ArmStateNotification.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.ArmStateNotification)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.ArmStateNotification: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.ArmStateNotification();
                    if (object.activeState !== 0 && (typeof object.activeState !== "string" || $root.Kinova.Api.Common.ArmState[object.activeState] !== 0))
                        switch (object.activeState) {
                        case "ARMSTATE_UNSPECIFIED":
                        case 0:
                            message.activeState = 0;
                            break;
                        case "ARMSTATE_BASE_INITIALIZATION":
                        case 1:
                            message.activeState = 1;
                            break;
                        case "ARMSTATE_IDLE":
                        case 2:
                            message.activeState = 2;
                            break;
                        case "ARMSTATE_INITIALIZATION":
                        case 3:
                            message.activeState = 3;
                            break;
                        case "ARMSTATE_IN_FAULT":
                        case 4:
                            message.activeState = 4;
                            break;
                        case "ARMSTATE_MAINTENANCE":
                        case 5:
                            message.activeState = 5;
                            break;
                        case "ARMSTATE_SERVOING_LOW_LEVEL":
                        case 6:
                            message.activeState = 6;
                            break;
                        case "ARMSTATE_SERVOING_READY":
                        case 7:
                            message.activeState = 7;
                            break;
                        case "ARMSTATE_SERVOING_PLAYING_SEQUENCE":
                        case 8:
                            message.activeState = 8;
                            break;
                        case "ARMSTATE_SERVOING_MANUALLY_CONTROLLED":
                        case 9:
                            message.activeState = 9;
                            break;
                        case "ARMSTATE_BRAKE_RELEASING":
                        case 10:
                            message.activeState = 10;
                            break;
                        case "ARMSTATE_RESERVED":
                        case 255:
                            message.activeState = 255;
                            break;
                        default:
                            if (typeof object.activeState === "number" && (object.activeState | 0) === object.activeState)
                                message.activeState = object.activeState;
                        }
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.Base.ArmStateNotification.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.connection != null) {
                        if (!$util.isObject(object.connection))
                            throw $TypeError(".Kinova.Api.Base.ArmStateNotification.connection: object expected");
                        message.connection = $root.Kinova.Api.Common.Connection.fromObject(object.connection, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ArmStateNotification message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @static
                 * @param {Kinova.Api.Base.ArmStateNotification} message ArmStateNotification
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ArmStateNotification.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.activeState = options.enums === $String ? "ARMSTATE_UNSPECIFIED" : 0;
                        object.timestamp = null;
                        object.connection = null;
                    }
                    if (message.activeState != null && $Object.hasOwnProperty.call(message, "activeState"))
                        object.activeState = options.enums === $String ? $root.Kinova.Api.Common.ArmState[message.activeState] === $undefined ? message.activeState : $root.Kinova.Api.Common.ArmState[message.activeState] : message.activeState;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ArmStateNotification to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ArmStateNotification.prototype.toJSON = function() {
                    return ArmStateNotification.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ArmStateNotification
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ArmStateNotification.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.ArmStateNotification";
                };

                return ArmStateNotification;
            })();

            return Base;
        })();

        return Api;
    })();

    return Kinova;
})();

module.exports = $root;
