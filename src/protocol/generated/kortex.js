/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

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
             * @property {number} ARMSTATE_POSITION_UNKNOWN=11 ARMSTATE_POSITION_UNKNOWN value
             * @property {number} ARMSTATE_ARM_OPERATIONAL=12 ARMSTATE_ARM_OPERATIONAL value
             * @property {number} ARMSTATE_RECOVERY=13 ARMSTATE_RECOVERY value
             * @property {number} ARMSTATE_CONTROLLER_INITIALIZATION=14 ARMSTATE_CONTROLLER_INITIALIZATION value
             * @property {number} ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION=15 ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION value
             * @property {number} ARMSTATE_IN_FAULT_POWERED_OFF=16 ARMSTATE_IN_FAULT_POWERED_OFF value
             * @property {number} ARMSTATE_IN_UNRECOVERABLE_FAULT=17 ARMSTATE_IN_UNRECOVERABLE_FAULT value
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
                values[valuesById[11] = "ARMSTATE_POSITION_UNKNOWN"] = 11;
                values[valuesById[12] = "ARMSTATE_ARM_OPERATIONAL"] = 12;
                values[valuesById[13] = "ARMSTATE_RECOVERY"] = 13;
                values[valuesById[14] = "ARMSTATE_CONTROLLER_INITIALIZATION"] = 14;
                values[valuesById[15] = "ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION"] = 15;
                values[valuesById[16] = "ARMSTATE_IN_FAULT_POWERED_OFF"] = 16;
                values[valuesById[17] = "ARMSTATE_IN_UNRECOVERABLE_FAULT"] = 17;
                values[valuesById[255] = "ARMSTATE_RESERVED"] = 255;
                return values;
            })();

            /**
             * NotificationSeverity enum.
             * @name Kinova.Api.Common.NotificationSeverity
             * @enum {number}
             * @property {number} NOTIF_DEBUG=0 NOTIF_DEBUG value
             * @property {number} NOTIF_INFO=1 NOTIF_INFO value
             * @property {number} NOTIF_WARNING=2 NOTIF_WARNING value
             * @property {number} NOTIF_ERROR=3 NOTIF_ERROR value
             * @property {number} NOTIF_CRITICAL=4 NOTIF_CRITICAL value
             */
            Common.NotificationSeverity = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NOTIF_DEBUG"] = 0;
                values[valuesById[1] = "NOTIF_INFO"] = 1;
                values[valuesById[2] = "NOTIF_WARNING"] = 2;
                values[valuesById[3] = "NOTIF_ERROR"] = 3;
                values[valuesById[4] = "NOTIF_CRITICAL"] = 4;
                return values;
            })();

            Common.NotificationInformation = (function() {

                /**
                 * Properties of a NotificationInformation.
                 * @typedef {Object} Kinova.Api.Common.NotificationInformation.$Properties
                 * @property {Kinova.Api.Common.NotificationSeverity|null} [severity] NotificationInformation severity
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] NotificationInformation timestamp
                 * @property {Kinova.Api.Common.Connection.$Properties|null} [connection] NotificationInformation connection
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NotificationInformation.
                 * @memberof Kinova.Api.Common
                 * @interface INotificationInformation
                 * @augments Kinova.Api.Common.NotificationInformation.$Properties
                 * @deprecated Use Kinova.Api.Common.NotificationInformation.$Properties instead.
                 */

                /**
                 * Shape of a NotificationInformation.
                 * @typedef {Kinova.Api.Common.NotificationInformation.$Properties} Kinova.Api.Common.NotificationInformation.$Shape
                 */

                /**
                 * Constructs a new NotificationInformation.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a NotificationInformation.
                 * @constructor
                 * @param {Kinova.Api.Common.NotificationInformation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var NotificationInformation = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NotificationInformation severity.
                 * @member {Kinova.Api.Common.NotificationSeverity} severity
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @instance
                 */
                NotificationInformation.prototype.severity = 0;

                /**
                 * NotificationInformation timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @instance
                 */
                NotificationInformation.prototype.timestamp = null;

                /**
                 * NotificationInformation connection.
                 * @member {Kinova.Api.Common.Connection.$Properties|null|undefined} connection
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @instance
                 */
                NotificationInformation.prototype.connection = null;

                /**
                 * Creates a new NotificationInformation instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @static
                 * @param {Kinova.Api.Common.NotificationInformation.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.NotificationInformation} NotificationInformation instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.NotificationInformation.$Shape): Kinova.Api.Common.NotificationInformation & Kinova.Api.Common.NotificationInformation.$Shape;
                 *   (properties?: Kinova.Api.Common.NotificationInformation.$Properties): Kinova.Api.Common.NotificationInformation;
                 * }}
                 */
                NotificationInformation.create = function(properties) {
                    return new NotificationInformation(properties);
                };

                /**
                 * Encodes the specified NotificationInformation message. Does not implicitly {@link Kinova.Api.Common.NotificationInformation.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @static
                 * @param {Kinova.Api.Common.NotificationInformation.$Properties} message NotificationInformation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NotificationInformation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.severity);
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
                 * Decodes a NotificationInformation message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.NotificationInformation & Kinova.Api.Common.NotificationInformation.$Shape} NotificationInformation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NotificationInformation.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Common.NotificationInformation();
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
                                    message.severity = value;
                                else
                                    delete message.severity;
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
                 * Verifies a NotificationInformation message.
                 * @function verify
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NotificationInformation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                        if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                            return "severity: enum value expected";
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
                 * Creates a NotificationInformation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.NotificationInformation} NotificationInformation
                 */
                NotificationInformation.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.NotificationInformation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.NotificationInformation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.NotificationInformation();
                    if (object.severity !== 0 && (typeof object.severity !== "string" || $root.Kinova.Api.Common.NotificationSeverity[object.severity] !== 0))
                        switch (object.severity) {
                        case "NOTIF_DEBUG":
                        case 0:
                            message.severity = 0;
                            break;
                        case "NOTIF_INFO":
                        case 1:
                            message.severity = 1;
                            break;
                        case "NOTIF_WARNING":
                        case 2:
                            message.severity = 2;
                            break;
                        case "NOTIF_ERROR":
                        case 3:
                            message.severity = 3;
                            break;
                        case "NOTIF_CRITICAL":
                        case 4:
                            message.severity = 4;
                            break;
                        default:
                            if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                                message.severity = object.severity;
                        }
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.Common.NotificationInformation.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.connection != null) {
                        if (!$util.isObject(object.connection))
                            throw $TypeError(".Kinova.Api.Common.NotificationInformation.connection: object expected");
                        message.connection = $root.Kinova.Api.Common.Connection.fromObject(object.connection, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a NotificationInformation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @static
                 * @param {Kinova.Api.Common.NotificationInformation} message NotificationInformation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NotificationInformation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.severity = options.enums === $String ? "NOTIF_DEBUG" : 0;
                        object.timestamp = null;
                        object.connection = null;
                    }
                    if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                        object.severity = options.enums === $String ? $root.Kinova.Api.Common.NotificationSeverity[message.severity] === $undefined ? message.severity : $root.Kinova.Api.Common.NotificationSeverity[message.severity] : message.severity;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this NotificationInformation to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NotificationInformation.prototype.toJSON = function() {
                    return NotificationInformation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NotificationInformation
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.NotificationInformation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NotificationInformation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.NotificationInformation";
                };

                return NotificationInformation;
            })();

            Common.TimestampFromEpoch = (function() {

                /**
                 * Properties of a TimestampFromEpoch.
                 * @typedef {Object} Kinova.Api.Common.TimestampFromEpoch.$Properties
                 * @property {number|null} [usec] TimestampFromEpoch usec
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TimestampFromEpoch.
                 * @memberof Kinova.Api.Common
                 * @interface ITimestampFromEpoch
                 * @augments Kinova.Api.Common.TimestampFromEpoch.$Properties
                 * @deprecated Use Kinova.Api.Common.TimestampFromEpoch.$Properties instead.
                 */

                /**
                 * Shape of a TimestampFromEpoch.
                 * @typedef {Kinova.Api.Common.TimestampFromEpoch.$Properties} Kinova.Api.Common.TimestampFromEpoch.$Shape
                 */

                /**
                 * Constructs a new TimestampFromEpoch.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a TimestampFromEpoch.
                 * @constructor
                 * @param {Kinova.Api.Common.TimestampFromEpoch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TimestampFromEpoch = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TimestampFromEpoch usec.
                 * @member {number} usec
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @instance
                 */
                TimestampFromEpoch.prototype.usec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TimestampFromEpoch instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @static
                 * @param {Kinova.Api.Common.TimestampFromEpoch.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.TimestampFromEpoch} TimestampFromEpoch instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.TimestampFromEpoch.$Shape): Kinova.Api.Common.TimestampFromEpoch & Kinova.Api.Common.TimestampFromEpoch.$Shape;
                 *   (properties?: Kinova.Api.Common.TimestampFromEpoch.$Properties): Kinova.Api.Common.TimestampFromEpoch;
                 * }}
                 */
                TimestampFromEpoch.create = function(properties) {
                    return new TimestampFromEpoch(properties);
                };

                /**
                 * Encodes the specified TimestampFromEpoch message. Does not implicitly {@link Kinova.Api.Common.TimestampFromEpoch.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @static
                 * @param {Kinova.Api.Common.TimestampFromEpoch.$Properties} message TimestampFromEpoch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TimestampFromEpoch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.usec != null && $Object.hasOwnProperty.call(message, "usec") && (typeof message.usec === "object" ? message.usec.low || message.usec.high : message.usec !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.usec);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TimestampFromEpoch message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.TimestampFromEpoch & Kinova.Api.Common.TimestampFromEpoch.$Shape} TimestampFromEpoch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TimestampFromEpoch.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Common.TimestampFromEpoch();
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
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
                 * Verifies a TimestampFromEpoch message.
                 * @function verify
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TimestampFromEpoch.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.usec != null && $Object.hasOwnProperty.call(message, "usec"))
                        if (!$util.isInteger(message.usec) && !(message.usec && $util.isInteger(message.usec.low) && $util.isInteger(message.usec.high)))
                            return "usec: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a TimestampFromEpoch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.TimestampFromEpoch} TimestampFromEpoch
                 */
                TimestampFromEpoch.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.TimestampFromEpoch)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.TimestampFromEpoch: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.TimestampFromEpoch();
                    if (object.usec != null)
                        if (typeof object.usec === "object" ? object.usec.low || object.usec.high : $Number(object.usec) !== 0)
                            if ($util.Long)
                                message.usec = $util.Long.fromValue(object.usec, true);
                            else if (typeof object.usec === "string")
                                message.usec = $parseInt(object.usec, 10);
                            else if (typeof object.usec === "number")
                                message.usec = object.usec;
                            else if (typeof object.usec === "object")
                                message.usec = new $util.LongBits(object.usec.low >>> 0, object.usec.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TimestampFromEpoch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @static
                 * @param {Kinova.Api.Common.TimestampFromEpoch} message TimestampFromEpoch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TimestampFromEpoch.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.usec = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.usec = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.usec != null && $Object.hasOwnProperty.call(message, "usec"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.usec = typeof message.usec === "number" ? $BigInt(message.usec) : $util.Long.fromBits(message.usec.low >>> 0, message.usec.high >>> 0, true).toBigInt();
                        else if (typeof message.usec === "number")
                            object.usec = options.longs === $String ? $String(message.usec) : message.usec;
                        else
                            object.usec = options.longs === $String ? $util.Long.prototype.toString.call(message.usec) : options.longs === $Number ? new $util.LongBits(message.usec.low >>> 0, message.usec.high >>> 0).toNumber(true) : message.usec;
                    return object;
                };

                /**
                 * Converts this TimestampFromEpoch to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TimestampFromEpoch.prototype.toJSON = function() {
                    return TimestampFromEpoch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TimestampFromEpoch
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.TimestampFromEpoch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TimestampFromEpoch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.TimestampFromEpoch";
                };

                return TimestampFromEpoch;
            })();

            Common.ProgramHandle = (function() {

                /**
                 * Properties of a ProgramHandle.
                 * @typedef {Object} Kinova.Api.Common.ProgramHandle.$Properties
                 * @property {number|null} [identifier] ProgramHandle identifier
                 * @property {number|null} [permission] ProgramHandle permission
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProgramHandle.
                 * @memberof Kinova.Api.Common
                 * @interface IProgramHandle
                 * @augments Kinova.Api.Common.ProgramHandle.$Properties
                 * @deprecated Use Kinova.Api.Common.ProgramHandle.$Properties instead.
                 */

                /**
                 * Shape of a ProgramHandle.
                 * @typedef {Kinova.Api.Common.ProgramHandle.$Properties} Kinova.Api.Common.ProgramHandle.$Shape
                 */

                /**
                 * Constructs a new ProgramHandle.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents a ProgramHandle.
                 * @constructor
                 * @param {Kinova.Api.Common.ProgramHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ProgramHandle = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProgramHandle identifier.
                 * @member {number} identifier
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @instance
                 */
                ProgramHandle.prototype.identifier = 0;

                /**
                 * ProgramHandle permission.
                 * @member {number} permission
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @instance
                 */
                ProgramHandle.prototype.permission = 0;

                /**
                 * Creates a new ProgramHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @static
                 * @param {Kinova.Api.Common.ProgramHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.ProgramHandle} ProgramHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.ProgramHandle.$Shape): Kinova.Api.Common.ProgramHandle & Kinova.Api.Common.ProgramHandle.$Shape;
                 *   (properties?: Kinova.Api.Common.ProgramHandle.$Properties): Kinova.Api.Common.ProgramHandle;
                 * }}
                 */
                ProgramHandle.create = function(properties) {
                    return new ProgramHandle(properties);
                };

                /**
                 * Encodes the specified ProgramHandle message. Does not implicitly {@link Kinova.Api.Common.ProgramHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @static
                 * @param {Kinova.Api.Common.ProgramHandle.$Properties} message ProgramHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProgramHandle.encode = function (message, writer, _depth) {
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
                 * Decodes a ProgramHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.ProgramHandle & Kinova.Api.Common.ProgramHandle.$Shape} ProgramHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProgramHandle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Common.ProgramHandle();
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
                 * Verifies a ProgramHandle message.
                 * @function verify
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProgramHandle.verify = function (message, _depth) {
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
                 * Creates a ProgramHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.ProgramHandle} ProgramHandle
                 */
                ProgramHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.ProgramHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.ProgramHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.ProgramHandle();
                    if (object.identifier != null)
                        if ($Number(object.identifier) !== 0)
                            message.identifier = object.identifier >>> 0;
                    if (object.permission != null)
                        if ($Number(object.permission) !== 0)
                            message.permission = object.permission >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ProgramHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @static
                 * @param {Kinova.Api.Common.ProgramHandle} message ProgramHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProgramHandle.toObject = function (message, options, _depth) {
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
                 * Converts this ProgramHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProgramHandle.prototype.toJSON = function() {
                    return ProgramHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProgramHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.ProgramHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProgramHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.ProgramHandle";
                };

                return ProgramHandle;
            })();

            Common.ActionHandle = (function() {

                /**
                 * Properties of an ActionHandle.
                 * @typedef {Object} Kinova.Api.Common.ActionHandle.$Properties
                 * @property {number|null} [identifier] ActionHandle identifier
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActionHandle.
                 * @memberof Kinova.Api.Common
                 * @interface IActionHandle
                 * @augments Kinova.Api.Common.ActionHandle.$Properties
                 * @deprecated Use Kinova.Api.Common.ActionHandle.$Properties instead.
                 */

                /**
                 * Shape of an ActionHandle.
                 * @typedef {Kinova.Api.Common.ActionHandle.$Properties} Kinova.Api.Common.ActionHandle.$Shape
                 */

                /**
                 * Constructs a new ActionHandle.
                 * @memberof Kinova.Api.Common
                 * @classdesc Represents an ActionHandle.
                 * @constructor
                 * @param {Kinova.Api.Common.ActionHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActionHandle = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActionHandle identifier.
                 * @member {number} identifier
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @instance
                 */
                ActionHandle.prototype.identifier = 0;

                /**
                 * Creates a new ActionHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @static
                 * @param {Kinova.Api.Common.ActionHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Common.ActionHandle} ActionHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.Common.ActionHandle.$Shape): Kinova.Api.Common.ActionHandle & Kinova.Api.Common.ActionHandle.$Shape;
                 *   (properties?: Kinova.Api.Common.ActionHandle.$Properties): Kinova.Api.Common.ActionHandle;
                 * }}
                 */
                ActionHandle.create = function(properties) {
                    return new ActionHandle(properties);
                };

                /**
                 * Encodes the specified ActionHandle message. Does not implicitly {@link Kinova.Api.Common.ActionHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @static
                 * @param {Kinova.Api.Common.ActionHandle.$Properties} message ActionHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActionHandle.encode = function (message, writer, _depth) {
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
                 * Decodes an ActionHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.ActionHandle & Kinova.Api.Common.ActionHandle.$Shape} ActionHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActionHandle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Common.ActionHandle();
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
                 * Verifies an ActionHandle message.
                 * @function verify
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ActionHandle.verify = function (message, _depth) {
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
                 * Creates an ActionHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Common.ActionHandle} ActionHandle
                 */
                ActionHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Common.ActionHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Common.ActionHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Common.ActionHandle();
                    if (object.identifier != null)
                        if ($Number(object.identifier) !== 0)
                            message.identifier = object.identifier >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an ActionHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @static
                 * @param {Kinova.Api.Common.ActionHandle} message ActionHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActionHandle.toObject = function (message, options, _depth) {
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
                 * Converts this ActionHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActionHandle.prototype.toJSON = function() {
                    return ActionHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActionHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Common.ActionHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActionHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Common.ActionHandle";
                };

                return ActionHandle;
            })();

            /**
             * OperatingModeType enum.
             * @name Kinova.Api.Common.OperatingModeType
             * @enum {number}
             * @property {number} OPERATING_MODE_UNSPECIFIED=0 OPERATING_MODE_UNSPECIFIED value
             * @property {number} OPERATING_MODE_JOG_MANUAL=1 OPERATING_MODE_JOG_MANUAL value
             * @property {number} OPERATING_MODE_HAND_GUIDING=2 OPERATING_MODE_HAND_GUIDING value
             * @property {number} OPERATING_MODE_HOLD_TO_RUN=3 OPERATING_MODE_HOLD_TO_RUN value
             * @property {number} OPERATING_MODE_AUTO=4 OPERATING_MODE_AUTO value
             * @property {number} OPERATING_MODE_MONITORED_STOP=5 OPERATING_MODE_MONITORED_STOP value
             */
            Common.OperatingModeType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OPERATING_MODE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OPERATING_MODE_JOG_MANUAL"] = 1;
                values[valuesById[2] = "OPERATING_MODE_HAND_GUIDING"] = 2;
                values[valuesById[3] = "OPERATING_MODE_HOLD_TO_RUN"] = 3;
                values[valuesById[4] = "OPERATING_MODE_AUTO"] = 4;
                values[valuesById[5] = "OPERATING_MODE_MONITORED_STOP"] = 5;
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
                        case "ARMSTATE_POSITION_UNKNOWN":
                        case 11:
                            message.activeState = 11;
                            break;
                        case "ARMSTATE_ARM_OPERATIONAL":
                        case 12:
                            message.activeState = 12;
                            break;
                        case "ARMSTATE_RECOVERY":
                        case 13:
                            message.activeState = 13;
                            break;
                        case "ARMSTATE_CONTROLLER_INITIALIZATION":
                        case 14:
                            message.activeState = 14;
                            break;
                        case "ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION":
                        case 15:
                            message.activeState = 15;
                            break;
                        case "ARMSTATE_IN_FAULT_POWERED_OFF":
                        case 16:
                            message.activeState = 16;
                            break;
                        case "ARMSTATE_IN_UNRECOVERABLE_FAULT":
                        case 17:
                            message.activeState = 17;
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
                 * @property {Kinova.Api.Common.NotificationInformation.$Properties|null} [genericInfo] ArmStateNotification genericInfo
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
                 * ArmStateNotification genericInfo.
                 * @member {Kinova.Api.Common.NotificationInformation.$Properties|null|undefined} genericInfo
                 * @memberof Kinova.Api.Base.ArmStateNotification
                 * @instance
                 */
                ArmStateNotification.prototype.genericInfo = null;

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
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        $root.Kinova.Api.Common.NotificationInformation.encode(message.genericInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
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
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.decode(reader, reader.size(), $undefined, _depth + 1, message.genericInfo);
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
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo")) {
                        var error = $root.Kinova.Api.Common.NotificationInformation.verify(message.genericInfo, _depth + 1);
                        if (error)
                            return "genericInfo." + error;
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
                        case "ARMSTATE_POSITION_UNKNOWN":
                        case 11:
                            message.activeState = 11;
                            break;
                        case "ARMSTATE_ARM_OPERATIONAL":
                        case 12:
                            message.activeState = 12;
                            break;
                        case "ARMSTATE_RECOVERY":
                        case 13:
                            message.activeState = 13;
                            break;
                        case "ARMSTATE_CONTROLLER_INITIALIZATION":
                        case 14:
                            message.activeState = 14;
                            break;
                        case "ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION":
                        case 15:
                            message.activeState = 15;
                            break;
                        case "ARMSTATE_IN_FAULT_POWERED_OFF":
                        case 16:
                            message.activeState = 16;
                            break;
                        case "ARMSTATE_IN_UNRECOVERABLE_FAULT":
                        case 17:
                            message.activeState = 17;
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
                    if (object.genericInfo != null) {
                        if (!$util.isObject(object.genericInfo))
                            throw $TypeError(".Kinova.Api.Base.ArmStateNotification.genericInfo: object expected");
                        message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.fromObject(object.genericInfo, _depth + 1);
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
                        object.genericInfo = null;
                    }
                    if (message.activeState != null && $Object.hasOwnProperty.call(message, "activeState"))
                        object.activeState = options.enums === $String ? $root.Kinova.Api.Common.ArmState[message.activeState] === $undefined ? message.activeState : $root.Kinova.Api.Common.ArmState[message.activeState] : message.activeState;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        object.genericInfo = $root.Kinova.Api.Common.NotificationInformation.toObject(message.genericInfo, options, _depth + 1);
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

            /**
             * ActionType enum.
             * @name Kinova.Api.Base.ActionType
             * @enum {number}
             * @property {number} UNSPECIFIED_ACTION=0 UNSPECIFIED_ACTION value
             * @property {number} SEND_TWIST_COMMAND=1 SEND_TWIST_COMMAND value
             * @property {number} SEND_WRENCH_COMMAND=2 SEND_WRENCH_COMMAND value
             * @property {number} SEND_JOINT_SPEEDS=4 SEND_JOINT_SPEEDS value
             * @property {number} REACH_POSE=6 REACH_POSE value
             * @property {number} REACH_JOINT_ANGLES=7 REACH_JOINT_ANGLES value
             * @property {number} TOGGLE_ADMITTANCE_MODE=13 TOGGLE_ADMITTANCE_MODE value
             * @property {number} SNAPSHOT=14 SNAPSHOT value
             * @property {number} SWITCH_CONTROL_MAPPING=16 SWITCH_CONTROL_MAPPING value
             * @property {number} NAVIGATE_JOINTS=17 NAVIGATE_JOINTS value
             * @property {number} NAVIGATE_MAPPINGS=18 NAVIGATE_MAPPINGS value
             * @property {number} CHANGE_TWIST=22 CHANGE_TWIST value
             * @property {number} CHANGE_JOINT_SPEEDS=23 CHANGE_JOINT_SPEEDS value
             * @property {number} CHANGE_WRENCH=25 CHANGE_WRENCH value
             * @property {number} APPLY_EMERGENCY_STOP=28 APPLY_EMERGENCY_STOP value
             * @property {number} CLEAR_FAULTS=29 CLEAR_FAULTS value
             * @property {number} TIME_DELAY=31 TIME_DELAY value
             * @property {number} EXECUTE_ACTION=32 EXECUTE_ACTION value
             * @property {number} SEND_GRIPPER_COMMAND=33 SEND_GRIPPER_COMMAND value
             * @property {number} SEND_GPIO_COMMAND=34 SEND_GPIO_COMMAND value
             * @property {number} STOP_ACTION=35 STOP_ACTION value
             * @property {number} PLAY_PRE_COMPUTED_TRAJECTORY=39 PLAY_PRE_COMPUTED_TRAJECTORY value
             * @property {number} EXECUTE_SEQUENCE=40 EXECUTE_SEQUENCE value
             * @property {number} EXECUTE_WAYPOINT_LIST=41 EXECUTE_WAYPOINT_LIST value
             */
            Base.ActionType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNSPECIFIED_ACTION"] = 0;
                values[valuesById[1] = "SEND_TWIST_COMMAND"] = 1;
                values[valuesById[2] = "SEND_WRENCH_COMMAND"] = 2;
                values[valuesById[4] = "SEND_JOINT_SPEEDS"] = 4;
                values[valuesById[6] = "REACH_POSE"] = 6;
                values[valuesById[7] = "REACH_JOINT_ANGLES"] = 7;
                values[valuesById[13] = "TOGGLE_ADMITTANCE_MODE"] = 13;
                values[valuesById[14] = "SNAPSHOT"] = 14;
                values[valuesById[16] = "SWITCH_CONTROL_MAPPING"] = 16;
                values[valuesById[17] = "NAVIGATE_JOINTS"] = 17;
                values[valuesById[18] = "NAVIGATE_MAPPINGS"] = 18;
                values[valuesById[22] = "CHANGE_TWIST"] = 22;
                values[valuesById[23] = "CHANGE_JOINT_SPEEDS"] = 23;
                values[valuesById[25] = "CHANGE_WRENCH"] = 25;
                values[valuesById[28] = "APPLY_EMERGENCY_STOP"] = 28;
                values[valuesById[29] = "CLEAR_FAULTS"] = 29;
                values[valuesById[31] = "TIME_DELAY"] = 31;
                values[valuesById[32] = "EXECUTE_ACTION"] = 32;
                values[valuesById[33] = "SEND_GRIPPER_COMMAND"] = 33;
                values[valuesById[34] = "SEND_GPIO_COMMAND"] = 34;
                values[valuesById[35] = "STOP_ACTION"] = 35;
                values[valuesById[39] = "PLAY_PRE_COMPUTED_TRAJECTORY"] = 39;
                values[valuesById[40] = "EXECUTE_SEQUENCE"] = 40;
                values[valuesById[41] = "EXECUTE_WAYPOINT_LIST"] = 41;
                return values;
            })();

            Base.ActionHandle = (function() {

                /**
                 * Properties of an ActionHandle.
                 * @typedef {Object} Kinova.Api.Base.ActionHandle.$Properties
                 * @property {number|null} [identifier] ActionHandle identifier
                 * @property {Kinova.Api.Base.ActionType|null} [actionType] ActionHandle actionType
                 * @property {number|null} [permission] ActionHandle permission
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActionHandle.
                 * @memberof Kinova.Api.Base
                 * @interface IActionHandle
                 * @augments Kinova.Api.Base.ActionHandle.$Properties
                 * @deprecated Use Kinova.Api.Base.ActionHandle.$Properties instead.
                 */

                /**
                 * Shape of an ActionHandle.
                 * @typedef {Kinova.Api.Base.ActionHandle.$Properties} Kinova.Api.Base.ActionHandle.$Shape
                 */

                /**
                 * Constructs a new ActionHandle.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents an ActionHandle.
                 * @constructor
                 * @param {Kinova.Api.Base.ActionHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActionHandle = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActionHandle identifier.
                 * @member {number} identifier
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @instance
                 */
                ActionHandle.prototype.identifier = 0;

                /**
                 * ActionHandle actionType.
                 * @member {Kinova.Api.Base.ActionType} actionType
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @instance
                 */
                ActionHandle.prototype.actionType = 0;

                /**
                 * ActionHandle permission.
                 * @member {number} permission
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @instance
                 */
                ActionHandle.prototype.permission = 0;

                /**
                 * Creates a new ActionHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @static
                 * @param {Kinova.Api.Base.ActionHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.ActionHandle} ActionHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.ActionHandle.$Shape): Kinova.Api.Base.ActionHandle & Kinova.Api.Base.ActionHandle.$Shape;
                 *   (properties?: Kinova.Api.Base.ActionHandle.$Properties): Kinova.Api.Base.ActionHandle;
                 * }}
                 */
                ActionHandle.create = function(properties) {
                    return new ActionHandle(properties);
                };

                /**
                 * Encodes the specified ActionHandle message. Does not implicitly {@link Kinova.Api.Base.ActionHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @static
                 * @param {Kinova.Api.Base.ActionHandle.$Properties} message ActionHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActionHandle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.identifier);
                    if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType") && message.actionType !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.actionType);
                    if (message.permission != null && $Object.hasOwnProperty.call(message, "permission") && message.permission !== 0)
                        writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.permission);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActionHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ActionHandle & Kinova.Api.Base.ActionHandle.$Shape} ActionHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActionHandle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Base.ActionHandle();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.actionType = value;
                                else
                                    delete message.actionType;
                                continue;
                            }
                        case 3: {
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
                 * Verifies an ActionHandle message.
                 * @function verify
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ActionHandle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        if (!$util.isInteger(message.identifier))
                            return "identifier: integer expected";
                    if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType"))
                        if (typeof message.actionType !== "number" || (message.actionType | 0) !== message.actionType)
                            return "actionType: enum value expected";
                    if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                        if (!$util.isInteger(message.permission))
                            return "permission: integer expected";
                    return null;
                };

                /**
                 * Creates an ActionHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.ActionHandle} ActionHandle
                 */
                ActionHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.ActionHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.ActionHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.ActionHandle();
                    if (object.identifier != null)
                        if ($Number(object.identifier) !== 0)
                            message.identifier = object.identifier >>> 0;
                    if (object.actionType !== 0 && (typeof object.actionType !== "string" || $root.Kinova.Api.Base.ActionType[object.actionType] !== 0))
                        switch (object.actionType) {
                        case "UNSPECIFIED_ACTION":
                        case 0:
                            message.actionType = 0;
                            break;
                        case "SEND_TWIST_COMMAND":
                        case 1:
                            message.actionType = 1;
                            break;
                        case "SEND_WRENCH_COMMAND":
                        case 2:
                            message.actionType = 2;
                            break;
                        case "SEND_JOINT_SPEEDS":
                        case 4:
                            message.actionType = 4;
                            break;
                        case "REACH_POSE":
                        case 6:
                            message.actionType = 6;
                            break;
                        case "REACH_JOINT_ANGLES":
                        case 7:
                            message.actionType = 7;
                            break;
                        case "TOGGLE_ADMITTANCE_MODE":
                        case 13:
                            message.actionType = 13;
                            break;
                        case "SNAPSHOT":
                        case 14:
                            message.actionType = 14;
                            break;
                        case "SWITCH_CONTROL_MAPPING":
                        case 16:
                            message.actionType = 16;
                            break;
                        case "NAVIGATE_JOINTS":
                        case 17:
                            message.actionType = 17;
                            break;
                        case "NAVIGATE_MAPPINGS":
                        case 18:
                            message.actionType = 18;
                            break;
                        case "CHANGE_TWIST":
                        case 22:
                            message.actionType = 22;
                            break;
                        case "CHANGE_JOINT_SPEEDS":
                        case 23:
                            message.actionType = 23;
                            break;
                        case "CHANGE_WRENCH":
                        case 25:
                            message.actionType = 25;
                            break;
                        case "APPLY_EMERGENCY_STOP":
                        case 28:
                            message.actionType = 28;
                            break;
                        case "CLEAR_FAULTS":
                        case 29:
                            message.actionType = 29;
                            break;
                        case "TIME_DELAY":
                        case 31:
                            message.actionType = 31;
                            break;
                        case "EXECUTE_ACTION":
                        case 32:
                            message.actionType = 32;
                            break;
                        case "SEND_GRIPPER_COMMAND":
                        case 33:
                            message.actionType = 33;
                            break;
                        case "SEND_GPIO_COMMAND":
                        case 34:
                            message.actionType = 34;
                            break;
                        case "STOP_ACTION":
                        case 35:
                            message.actionType = 35;
                            break;
                        case "PLAY_PRE_COMPUTED_TRAJECTORY":
                        case 39:
                            message.actionType = 39;
                            break;
                        case "EXECUTE_SEQUENCE":
                        case 40:
                            message.actionType = 40;
                            break;
                        case "EXECUTE_WAYPOINT_LIST":
                        case 41:
                            message.actionType = 41;
                            break;
                        default:
                            if (typeof object.actionType === "number" && (object.actionType | 0) === object.actionType)
                                message.actionType = object.actionType;
                        }
                    if (object.permission != null)
                        if ($Number(object.permission) !== 0)
                            message.permission = object.permission >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an ActionHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @static
                 * @param {Kinova.Api.Base.ActionHandle} message ActionHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActionHandle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.identifier = 0;
                        object.actionType = options.enums === $String ? "UNSPECIFIED_ACTION" : 0;
                        object.permission = 0;
                    }
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        object.identifier = message.identifier;
                    if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType"))
                        object.actionType = options.enums === $String ? $root.Kinova.Api.Base.ActionType[message.actionType] === $undefined ? message.actionType : $root.Kinova.Api.Base.ActionType[message.actionType] : message.actionType;
                    if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                        object.permission = message.permission;
                    return object;
                };

                /**
                 * Converts this ActionHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActionHandle.prototype.toJSON = function() {
                    return ActionHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActionHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.ActionHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActionHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.ActionHandle";
                };

                return ActionHandle;
            })();

            Base.RequestedActionType = (function() {

                /**
                 * Properties of a RequestedActionType.
                 * @typedef {Object} Kinova.Api.Base.RequestedActionType.$Properties
                 * @property {Kinova.Api.Base.ActionType|null} [actionType] RequestedActionType actionType
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RequestedActionType.
                 * @memberof Kinova.Api.Base
                 * @interface IRequestedActionType
                 * @augments Kinova.Api.Base.RequestedActionType.$Properties
                 * @deprecated Use Kinova.Api.Base.RequestedActionType.$Properties instead.
                 */

                /**
                 * Shape of a RequestedActionType.
                 * @typedef {Kinova.Api.Base.RequestedActionType.$Properties} Kinova.Api.Base.RequestedActionType.$Shape
                 */

                /**
                 * Constructs a new RequestedActionType.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents a RequestedActionType.
                 * @constructor
                 * @param {Kinova.Api.Base.RequestedActionType.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RequestedActionType = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RequestedActionType actionType.
                 * @member {Kinova.Api.Base.ActionType} actionType
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @instance
                 */
                RequestedActionType.prototype.actionType = 0;

                /**
                 * Creates a new RequestedActionType instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @static
                 * @param {Kinova.Api.Base.RequestedActionType.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.RequestedActionType} RequestedActionType instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.RequestedActionType.$Shape): Kinova.Api.Base.RequestedActionType & Kinova.Api.Base.RequestedActionType.$Shape;
                 *   (properties?: Kinova.Api.Base.RequestedActionType.$Properties): Kinova.Api.Base.RequestedActionType;
                 * }}
                 */
                RequestedActionType.create = function(properties) {
                    return new RequestedActionType(properties);
                };

                /**
                 * Encodes the specified RequestedActionType message. Does not implicitly {@link Kinova.Api.Base.RequestedActionType.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @static
                 * @param {Kinova.Api.Base.RequestedActionType.$Properties} message RequestedActionType message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RequestedActionType.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType") && message.actionType !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.actionType);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RequestedActionType message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.RequestedActionType & Kinova.Api.Base.RequestedActionType.$Shape} RequestedActionType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RequestedActionType.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Base.RequestedActionType();
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
                                    message.actionType = value;
                                else
                                    delete message.actionType;
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
                 * Verifies a RequestedActionType message.
                 * @function verify
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RequestedActionType.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType"))
                        if (typeof message.actionType !== "number" || (message.actionType | 0) !== message.actionType)
                            return "actionType: enum value expected";
                    return null;
                };

                /**
                 * Creates a RequestedActionType message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.RequestedActionType} RequestedActionType
                 */
                RequestedActionType.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.RequestedActionType)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.RequestedActionType: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.RequestedActionType();
                    if (object.actionType !== 0 && (typeof object.actionType !== "string" || $root.Kinova.Api.Base.ActionType[object.actionType] !== 0))
                        switch (object.actionType) {
                        case "UNSPECIFIED_ACTION":
                        case 0:
                            message.actionType = 0;
                            break;
                        case "SEND_TWIST_COMMAND":
                        case 1:
                            message.actionType = 1;
                            break;
                        case "SEND_WRENCH_COMMAND":
                        case 2:
                            message.actionType = 2;
                            break;
                        case "SEND_JOINT_SPEEDS":
                        case 4:
                            message.actionType = 4;
                            break;
                        case "REACH_POSE":
                        case 6:
                            message.actionType = 6;
                            break;
                        case "REACH_JOINT_ANGLES":
                        case 7:
                            message.actionType = 7;
                            break;
                        case "TOGGLE_ADMITTANCE_MODE":
                        case 13:
                            message.actionType = 13;
                            break;
                        case "SNAPSHOT":
                        case 14:
                            message.actionType = 14;
                            break;
                        case "SWITCH_CONTROL_MAPPING":
                        case 16:
                            message.actionType = 16;
                            break;
                        case "NAVIGATE_JOINTS":
                        case 17:
                            message.actionType = 17;
                            break;
                        case "NAVIGATE_MAPPINGS":
                        case 18:
                            message.actionType = 18;
                            break;
                        case "CHANGE_TWIST":
                        case 22:
                            message.actionType = 22;
                            break;
                        case "CHANGE_JOINT_SPEEDS":
                        case 23:
                            message.actionType = 23;
                            break;
                        case "CHANGE_WRENCH":
                        case 25:
                            message.actionType = 25;
                            break;
                        case "APPLY_EMERGENCY_STOP":
                        case 28:
                            message.actionType = 28;
                            break;
                        case "CLEAR_FAULTS":
                        case 29:
                            message.actionType = 29;
                            break;
                        case "TIME_DELAY":
                        case 31:
                            message.actionType = 31;
                            break;
                        case "EXECUTE_ACTION":
                        case 32:
                            message.actionType = 32;
                            break;
                        case "SEND_GRIPPER_COMMAND":
                        case 33:
                            message.actionType = 33;
                            break;
                        case "SEND_GPIO_COMMAND":
                        case 34:
                            message.actionType = 34;
                            break;
                        case "STOP_ACTION":
                        case 35:
                            message.actionType = 35;
                            break;
                        case "PLAY_PRE_COMPUTED_TRAJECTORY":
                        case 39:
                            message.actionType = 39;
                            break;
                        case "EXECUTE_SEQUENCE":
                        case 40:
                            message.actionType = 40;
                            break;
                        case "EXECUTE_WAYPOINT_LIST":
                        case 41:
                            message.actionType = 41;
                            break;
                        default:
                            if (typeof object.actionType === "number" && (object.actionType | 0) === object.actionType)
                                message.actionType = object.actionType;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a RequestedActionType message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @static
                 * @param {Kinova.Api.Base.RequestedActionType} message RequestedActionType
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RequestedActionType.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.actionType = options.enums === $String ? "UNSPECIFIED_ACTION" : 0;
                    if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType"))
                        object.actionType = options.enums === $String ? $root.Kinova.Api.Base.ActionType[message.actionType] === $undefined ? message.actionType : $root.Kinova.Api.Base.ActionType[message.actionType] : message.actionType;
                    return object;
                };

                /**
                 * Converts this RequestedActionType to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RequestedActionType.prototype.toJSON = function() {
                    return RequestedActionType.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RequestedActionType
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.RequestedActionType
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RequestedActionType.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.RequestedActionType";
                };

                return RequestedActionType;
            })();

            Base.Action = (function() {

                /**
                 * Properties of an Action.
                 * @typedef {Object} Kinova.Api.Base.Action.$Properties
                 * @property {Kinova.Api.Base.ActionHandle.$Properties|null} [handle] Action handle
                 * @property {string|null} [name] Action name
                 * @property {string|null} [applicationData] Action applicationData
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Action.
                 * @memberof Kinova.Api.Base
                 * @interface IAction
                 * @augments Kinova.Api.Base.Action.$Properties
                 * @deprecated Use Kinova.Api.Base.Action.$Properties instead.
                 */

                /**
                 * Shape of an Action.
                 * @typedef {Kinova.Api.Base.Action.$Properties} Kinova.Api.Base.Action.$Shape
                 */

                /**
                 * Constructs a new Action.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents an Action.
                 * @constructor
                 * @param {Kinova.Api.Base.Action.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Action = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Action handle.
                 * @member {Kinova.Api.Base.ActionHandle.$Properties|null|undefined} handle
                 * @memberof Kinova.Api.Base.Action
                 * @instance
                 */
                Action.prototype.handle = null;

                /**
                 * Action name.
                 * @member {string} name
                 * @memberof Kinova.Api.Base.Action
                 * @instance
                 */
                Action.prototype.name = "";

                /**
                 * Action applicationData.
                 * @member {string} applicationData
                 * @memberof Kinova.Api.Base.Action
                 * @instance
                 */
                Action.prototype.applicationData = "";

                /**
                 * Creates a new Action instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.Action
                 * @static
                 * @param {Kinova.Api.Base.Action.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.Action} Action instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.Action.$Shape): Kinova.Api.Base.Action & Kinova.Api.Base.Action.$Shape;
                 *   (properties?: Kinova.Api.Base.Action.$Properties): Kinova.Api.Base.Action;
                 * }}
                 */
                Action.create = function(properties) {
                    return new Action(properties);
                };

                /**
                 * Encodes the specified Action message. Does not implicitly {@link Kinova.Api.Base.Action.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.Action
                 * @static
                 * @param {Kinova.Api.Base.Action.$Properties} message Action message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Action.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        $root.Kinova.Api.Base.ActionHandle.encode(message.handle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.applicationData != null && $Object.hasOwnProperty.call(message, "applicationData") && message.applicationData !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.applicationData);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Action message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.Action
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.Action & Kinova.Api.Base.Action.$Shape} Action
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Action.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Base.Action();
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
                                message.handle = $root.Kinova.Api.Base.ActionHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.applicationData = value;
                                else
                                    delete message.applicationData;
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
                 * Verifies an Action message.
                 * @function verify
                 * @memberof Kinova.Api.Base.Action
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Action.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                        var error = $root.Kinova.Api.Base.ActionHandle.verify(message.handle, _depth + 1);
                        if (error)
                            return "handle." + error;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.applicationData != null && $Object.hasOwnProperty.call(message, "applicationData"))
                        if (!$util.isString(message.applicationData))
                            return "applicationData: string expected";
                    return null;
                };

                /**
                 * Creates an Action message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.Action
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.Action} Action
                 */
                Action.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.Action)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.Action: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.Action();
                    if (object.handle != null) {
                        if (!$util.isObject(object.handle))
                            throw $TypeError(".Kinova.Api.Base.Action.handle: object expected");
                        message.handle = $root.Kinova.Api.Base.ActionHandle.fromObject(object.handle, _depth + 1);
                    }
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.applicationData != null)
                        if (typeof object.applicationData !== "string" || object.applicationData.length)
                            message.applicationData = $String(object.applicationData);
                    return message;
                };

                /**
                 * Creates a plain object from an Action message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.Action
                 * @static
                 * @param {Kinova.Api.Base.Action} message Action
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Action.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.handle = null;
                        object.name = "";
                        object.applicationData = "";
                    }
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = $root.Kinova.Api.Base.ActionHandle.toObject(message.handle, options, _depth + 1);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.applicationData != null && $Object.hasOwnProperty.call(message, "applicationData"))
                        object.applicationData = message.applicationData;
                    return object;
                };

                /**
                 * Converts this Action to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.Action
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Action.prototype.toJSON = function() {
                    return Action.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Action
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.Action
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Action.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.Action";
                };

                return Action;
            })();

            Base.ActionList = (function() {

                /**
                 * Properties of an ActionList.
                 * @typedef {Object} Kinova.Api.Base.ActionList.$Properties
                 * @property {Array.<Kinova.Api.Base.Action.$Properties>|null} [actionList] ActionList actionList
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActionList.
                 * @memberof Kinova.Api.Base
                 * @interface IActionList
                 * @augments Kinova.Api.Base.ActionList.$Properties
                 * @deprecated Use Kinova.Api.Base.ActionList.$Properties instead.
                 */

                /**
                 * Shape of an ActionList.
                 * @typedef {Kinova.Api.Base.ActionList.$Properties} Kinova.Api.Base.ActionList.$Shape
                 */

                /**
                 * Constructs a new ActionList.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents an ActionList.
                 * @constructor
                 * @param {Kinova.Api.Base.ActionList.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActionList = function (properties) {
                    this.actionList = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActionList actionList.
                 * @member {Array.<Kinova.Api.Base.Action.$Properties>} actionList
                 * @memberof Kinova.Api.Base.ActionList
                 * @instance
                 */
                ActionList.prototype.actionList = $util.emptyArray;

                /**
                 * Creates a new ActionList instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.ActionList
                 * @static
                 * @param {Kinova.Api.Base.ActionList.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.ActionList} ActionList instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.ActionList.$Shape): Kinova.Api.Base.ActionList & Kinova.Api.Base.ActionList.$Shape;
                 *   (properties?: Kinova.Api.Base.ActionList.$Properties): Kinova.Api.Base.ActionList;
                 * }}
                 */
                ActionList.create = function(properties) {
                    return new ActionList(properties);
                };

                /**
                 * Encodes the specified ActionList message. Does not implicitly {@link Kinova.Api.Base.ActionList.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.ActionList
                 * @static
                 * @param {Kinova.Api.Base.ActionList.$Properties} message ActionList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActionList.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actionList != null && message.actionList.length)
                        for (var i = 0; i < message.actionList.length; ++i)
                            $root.Kinova.Api.Base.Action.encode(message.actionList[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActionList message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.ActionList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ActionList & Kinova.Api.Base.ActionList.$Shape} ActionList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActionList.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Base.ActionList();
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
                                if (!(message.actionList && message.actionList.length))
                                    message.actionList = [];
                                message.actionList.push($root.Kinova.Api.Base.Action.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Verifies an ActionList message.
                 * @function verify
                 * @memberof Kinova.Api.Base.ActionList
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ActionList.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.actionList != null && $Object.hasOwnProperty.call(message, "actionList")) {
                        if (!$Array.isArray(message.actionList))
                            return "actionList: array expected";
                        for (var i = 0; i < message.actionList.length; ++i) {
                            var error = $root.Kinova.Api.Base.Action.verify(message.actionList[i], _depth + 1);
                            if (error)
                                return "actionList." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an ActionList message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.ActionList
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.ActionList} ActionList
                 */
                ActionList.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.ActionList)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.ActionList: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.ActionList();
                    if (object.actionList) {
                        if (!$Array.isArray(object.actionList))
                            throw $TypeError(".Kinova.Api.Base.ActionList.actionList: array expected");
                        message.actionList = $Array(object.actionList.length);
                        for (var i = 0; i < object.actionList.length; ++i) {
                            if (!$util.isObject(object.actionList[i]))
                                throw $TypeError(".Kinova.Api.Base.ActionList.actionList: object expected");
                            message.actionList[i] = $root.Kinova.Api.Base.Action.fromObject(object.actionList[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ActionList message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.ActionList
                 * @static
                 * @param {Kinova.Api.Base.ActionList} message ActionList
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActionList.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.actionList = [];
                    if (message.actionList && message.actionList.length) {
                        object.actionList = $Array(message.actionList.length);
                        for (var j = 0; j < message.actionList.length; ++j)
                            object.actionList[j] = $root.Kinova.Api.Base.Action.toObject(message.actionList[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ActionList to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.ActionList
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActionList.prototype.toJSON = function() {
                    return ActionList.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActionList
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.ActionList
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActionList.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.ActionList";
                };

                return ActionList;
            })();

            /**
             * ActionEvent enum.
             * @name Kinova.Api.Base.ActionEvent
             * @enum {number}
             * @property {number} UNSPECIFIED_ACTION_EVENT=0 UNSPECIFIED_ACTION_EVENT value
             * @property {number} ACTION_END=1 ACTION_END value
             * @property {number} ACTION_ABORT=2 ACTION_ABORT value
             * @property {number} ACTION_PAUSE=3 ACTION_PAUSE value
             * @property {number} ACTION_START=4 ACTION_START value
             * @property {number} ACTION_PREPROCESS_START=5 ACTION_PREPROCESS_START value
             * @property {number} ACTION_PREPROCESS_ABORT=6 ACTION_PREPROCESS_ABORT value
             * @property {number} ACTION_PREPROCESS_END=7 ACTION_PREPROCESS_END value
             * @property {number} ACTION_POSTPROCESS_START=8 ACTION_POSTPROCESS_START value
             * @property {number} ACTION_POSTPROCESS_ABORT=9 ACTION_POSTPROCESS_ABORT value
             * @property {number} ACTION_POSTPROCESS_END=10 ACTION_POSTPROCESS_END value
             * @property {number} ACTION_FEEDBACK=11 ACTION_FEEDBACK value
             */
            Base.ActionEvent = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNSPECIFIED_ACTION_EVENT"] = 0;
                values[valuesById[1] = "ACTION_END"] = 1;
                values[valuesById[2] = "ACTION_ABORT"] = 2;
                values[valuesById[3] = "ACTION_PAUSE"] = 3;
                values[valuesById[4] = "ACTION_START"] = 4;
                values[valuesById[5] = "ACTION_PREPROCESS_START"] = 5;
                values[valuesById[6] = "ACTION_PREPROCESS_ABORT"] = 6;
                values[valuesById[7] = "ACTION_PREPROCESS_END"] = 7;
                values[valuesById[8] = "ACTION_POSTPROCESS_START"] = 8;
                values[valuesById[9] = "ACTION_POSTPROCESS_ABORT"] = 9;
                values[valuesById[10] = "ACTION_POSTPROCESS_END"] = 10;
                values[valuesById[11] = "ACTION_FEEDBACK"] = 11;
                return values;
            })();

            /**
             * TrajectoryInfoType enum.
             * @name Kinova.Api.Base.TrajectoryInfoType
             * @enum {number}
             * @property {number} UNSPECIFIED_TRAJECTORY_INFORMATION=0 UNSPECIFIED_TRAJECTORY_INFORMATION value
             * @property {number} JOINT_ACCELERATION_LIMIT_REACHED=1 JOINT_ACCELERATION_LIMIT_REACHED value
             * @property {number} JOINT_SPEED_LIMIT_REACHED=2 JOINT_SPEED_LIMIT_REACHED value
             * @property {number} JOINT_POSITION_LIMIT_REACHED=3 JOINT_POSITION_LIMIT_REACHED value
             * @property {number} JOINT_TORQUE_LIMIT_REACHED=4 JOINT_TORQUE_LIMIT_REACHED value
             * @property {number} SINGULARITY_REGION=5 SINGULARITY_REGION value
             * @property {number} INVERSE_KINEMATIC_FAILED=6 INVERSE_KINEMATIC_FAILED value
             * @property {number} CARTESIAN_ACCELERATION_LIMIT_REACHED=7 CARTESIAN_ACCELERATION_LIMIT_REACHED value
             * @property {number} CARTESIAN_SPEED_LIMIT_REACHED=8 CARTESIAN_SPEED_LIMIT_REACHED value
             * @property {number} CARTESIAN_POSITION_LIMIT_REACHED=9 CARTESIAN_POSITION_LIMIT_REACHED value
             * @property {number} CARTESIAN_WRENCH_LIMIT_REACHED=10 CARTESIAN_WRENCH_LIMIT_REACHED value
             * @property {number} ENTERING_PROTECTION_ZONE=11 ENTERING_PROTECTION_ZONE value
             * @property {number} WAYPOINT_REACHED=12 WAYPOINT_REACHED value
             * @property {number} TRAJECTORY_OK=13 TRAJECTORY_OK value
             */
            Base.TrajectoryInfoType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNSPECIFIED_TRAJECTORY_INFORMATION"] = 0;
                values[valuesById[1] = "JOINT_ACCELERATION_LIMIT_REACHED"] = 1;
                values[valuesById[2] = "JOINT_SPEED_LIMIT_REACHED"] = 2;
                values[valuesById[3] = "JOINT_POSITION_LIMIT_REACHED"] = 3;
                values[valuesById[4] = "JOINT_TORQUE_LIMIT_REACHED"] = 4;
                values[valuesById[5] = "SINGULARITY_REGION"] = 5;
                values[valuesById[6] = "INVERSE_KINEMATIC_FAILED"] = 6;
                values[valuesById[7] = "CARTESIAN_ACCELERATION_LIMIT_REACHED"] = 7;
                values[valuesById[8] = "CARTESIAN_SPEED_LIMIT_REACHED"] = 8;
                values[valuesById[9] = "CARTESIAN_POSITION_LIMIT_REACHED"] = 9;
                values[valuesById[10] = "CARTESIAN_WRENCH_LIMIT_REACHED"] = 10;
                values[valuesById[11] = "ENTERING_PROTECTION_ZONE"] = 11;
                values[valuesById[12] = "WAYPOINT_REACHED"] = 12;
                values[valuesById[13] = "TRAJECTORY_OK"] = 13;
                return values;
            })();

            Base.TrajectoryInfo = (function() {

                /**
                 * Properties of a TrajectoryInfo.
                 * @typedef {Object} Kinova.Api.Base.TrajectoryInfo.$Properties
                 * @property {Kinova.Api.Base.TrajectoryInfoType|null} [trajectoryInfoType] TrajectoryInfo trajectoryInfoType
                 * @property {number|null} [waypointIndex] TrajectoryInfo waypointIndex
                 * @property {number|null} [jointIndex] TrajectoryInfo jointIndex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrajectoryInfo.
                 * @memberof Kinova.Api.Base
                 * @interface ITrajectoryInfo
                 * @augments Kinova.Api.Base.TrajectoryInfo.$Properties
                 * @deprecated Use Kinova.Api.Base.TrajectoryInfo.$Properties instead.
                 */

                /**
                 * Shape of a TrajectoryInfo.
                 * @typedef {Kinova.Api.Base.TrajectoryInfo.$Properties} Kinova.Api.Base.TrajectoryInfo.$Shape
                 */

                /**
                 * Constructs a new TrajectoryInfo.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents a TrajectoryInfo.
                 * @constructor
                 * @param {Kinova.Api.Base.TrajectoryInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TrajectoryInfo = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TrajectoryInfo trajectoryInfoType.
                 * @member {Kinova.Api.Base.TrajectoryInfoType} trajectoryInfoType
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @instance
                 */
                TrajectoryInfo.prototype.trajectoryInfoType = 0;

                /**
                 * TrajectoryInfo waypointIndex.
                 * @member {number} waypointIndex
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @instance
                 */
                TrajectoryInfo.prototype.waypointIndex = 0;

                /**
                 * TrajectoryInfo jointIndex.
                 * @member {number} jointIndex
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @instance
                 */
                TrajectoryInfo.prototype.jointIndex = 0;

                /**
                 * Creates a new TrajectoryInfo instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @static
                 * @param {Kinova.Api.Base.TrajectoryInfo.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.TrajectoryInfo} TrajectoryInfo instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.TrajectoryInfo.$Shape): Kinova.Api.Base.TrajectoryInfo & Kinova.Api.Base.TrajectoryInfo.$Shape;
                 *   (properties?: Kinova.Api.Base.TrajectoryInfo.$Properties): Kinova.Api.Base.TrajectoryInfo;
                 * }}
                 */
                TrajectoryInfo.create = function(properties) {
                    return new TrajectoryInfo(properties);
                };

                /**
                 * Encodes the specified TrajectoryInfo message. Does not implicitly {@link Kinova.Api.Base.TrajectoryInfo.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @static
                 * @param {Kinova.Api.Base.TrajectoryInfo.$Properties} message TrajectoryInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrajectoryInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.trajectoryInfoType != null && $Object.hasOwnProperty.call(message, "trajectoryInfoType") && message.trajectoryInfoType !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.trajectoryInfoType);
                    if (message.waypointIndex != null && $Object.hasOwnProperty.call(message, "waypointIndex") && message.waypointIndex !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.waypointIndex);
                    if (message.jointIndex != null && $Object.hasOwnProperty.call(message, "jointIndex") && message.jointIndex !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.jointIndex);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrajectoryInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.TrajectoryInfo & Kinova.Api.Base.TrajectoryInfo.$Shape} TrajectoryInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrajectoryInfo.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Base.TrajectoryInfo();
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
                                    message.trajectoryInfoType = value;
                                else
                                    delete message.trajectoryInfoType;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.waypointIndex = value;
                                else
                                    delete message.waypointIndex;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.jointIndex = value;
                                else
                                    delete message.jointIndex;
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
                 * Verifies a TrajectoryInfo message.
                 * @function verify
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TrajectoryInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.trajectoryInfoType != null && $Object.hasOwnProperty.call(message, "trajectoryInfoType"))
                        if (typeof message.trajectoryInfoType !== "number" || (message.trajectoryInfoType | 0) !== message.trajectoryInfoType)
                            return "trajectoryInfoType: enum value expected";
                    if (message.waypointIndex != null && $Object.hasOwnProperty.call(message, "waypointIndex"))
                        if (!$util.isInteger(message.waypointIndex))
                            return "waypointIndex: integer expected";
                    if (message.jointIndex != null && $Object.hasOwnProperty.call(message, "jointIndex"))
                        if (!$util.isInteger(message.jointIndex))
                            return "jointIndex: integer expected";
                    return null;
                };

                /**
                 * Creates a TrajectoryInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.TrajectoryInfo} TrajectoryInfo
                 */
                TrajectoryInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.TrajectoryInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.TrajectoryInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.TrajectoryInfo();
                    if (object.trajectoryInfoType !== 0 && (typeof object.trajectoryInfoType !== "string" || $root.Kinova.Api.Base.TrajectoryInfoType[object.trajectoryInfoType] !== 0))
                        switch (object.trajectoryInfoType) {
                        case "UNSPECIFIED_TRAJECTORY_INFORMATION":
                        case 0:
                            message.trajectoryInfoType = 0;
                            break;
                        case "JOINT_ACCELERATION_LIMIT_REACHED":
                        case 1:
                            message.trajectoryInfoType = 1;
                            break;
                        case "JOINT_SPEED_LIMIT_REACHED":
                        case 2:
                            message.trajectoryInfoType = 2;
                            break;
                        case "JOINT_POSITION_LIMIT_REACHED":
                        case 3:
                            message.trajectoryInfoType = 3;
                            break;
                        case "JOINT_TORQUE_LIMIT_REACHED":
                        case 4:
                            message.trajectoryInfoType = 4;
                            break;
                        case "SINGULARITY_REGION":
                        case 5:
                            message.trajectoryInfoType = 5;
                            break;
                        case "INVERSE_KINEMATIC_FAILED":
                        case 6:
                            message.trajectoryInfoType = 6;
                            break;
                        case "CARTESIAN_ACCELERATION_LIMIT_REACHED":
                        case 7:
                            message.trajectoryInfoType = 7;
                            break;
                        case "CARTESIAN_SPEED_LIMIT_REACHED":
                        case 8:
                            message.trajectoryInfoType = 8;
                            break;
                        case "CARTESIAN_POSITION_LIMIT_REACHED":
                        case 9:
                            message.trajectoryInfoType = 9;
                            break;
                        case "CARTESIAN_WRENCH_LIMIT_REACHED":
                        case 10:
                            message.trajectoryInfoType = 10;
                            break;
                        case "ENTERING_PROTECTION_ZONE":
                        case 11:
                            message.trajectoryInfoType = 11;
                            break;
                        case "WAYPOINT_REACHED":
                        case 12:
                            message.trajectoryInfoType = 12;
                            break;
                        case "TRAJECTORY_OK":
                        case 13:
                            message.trajectoryInfoType = 13;
                            break;
                        default:
                            if (typeof object.trajectoryInfoType === "number" && (object.trajectoryInfoType | 0) === object.trajectoryInfoType)
                                message.trajectoryInfoType = object.trajectoryInfoType;
                        }
                    if (object.waypointIndex != null)
                        if ($Number(object.waypointIndex) !== 0)
                            message.waypointIndex = object.waypointIndex >>> 0;
                    if (object.jointIndex != null)
                        if ($Number(object.jointIndex) !== 0)
                            message.jointIndex = object.jointIndex >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a TrajectoryInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @static
                 * @param {Kinova.Api.Base.TrajectoryInfo} message TrajectoryInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TrajectoryInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.trajectoryInfoType = options.enums === $String ? "UNSPECIFIED_TRAJECTORY_INFORMATION" : 0;
                        object.waypointIndex = 0;
                        object.jointIndex = 0;
                    }
                    if (message.trajectoryInfoType != null && $Object.hasOwnProperty.call(message, "trajectoryInfoType"))
                        object.trajectoryInfoType = options.enums === $String ? $root.Kinova.Api.Base.TrajectoryInfoType[message.trajectoryInfoType] === $undefined ? message.trajectoryInfoType : $root.Kinova.Api.Base.TrajectoryInfoType[message.trajectoryInfoType] : message.trajectoryInfoType;
                    if (message.waypointIndex != null && $Object.hasOwnProperty.call(message, "waypointIndex"))
                        object.waypointIndex = message.waypointIndex;
                    if (message.jointIndex != null && $Object.hasOwnProperty.call(message, "jointIndex"))
                        object.jointIndex = message.jointIndex;
                    return object;
                };

                /**
                 * Converts this TrajectoryInfo to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TrajectoryInfo.prototype.toJSON = function() {
                    return TrajectoryInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TrajectoryInfo
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.TrajectoryInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrajectoryInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.TrajectoryInfo";
                };

                return TrajectoryInfo;
            })();

            Base.ActionNotification = (function() {

                /**
                 * Properties of an ActionNotification.
                 * @typedef {Object} Kinova.Api.Base.ActionNotification.$Properties
                 * @property {Kinova.Api.Base.ActionEvent|null} [actionEvent] ActionNotification actionEvent
                 * @property {Kinova.Api.Base.ActionHandle.$Properties|null} [handle] ActionNotification handle
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] ActionNotification timestamp
                 * @property {Kinova.Api.Common.UserProfileHandle.$Properties|null} [userHandle] ActionNotification userHandle
                 * @property {Kinova.Api.SubErrorCodes|null} [abortDetails] ActionNotification abortDetails
                 * @property {Kinova.Api.Common.Connection.$Properties|null} [connection] ActionNotification connection
                 * @property {Array.<Kinova.Api.Base.TrajectoryInfo.$Properties>|null} [trajectoryInfo] ActionNotification trajectoryInfo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActionNotification.
                 * @memberof Kinova.Api.Base
                 * @interface IActionNotification
                 * @augments Kinova.Api.Base.ActionNotification.$Properties
                 * @deprecated Use Kinova.Api.Base.ActionNotification.$Properties instead.
                 */

                /**
                 * Shape of an ActionNotification.
                 * @typedef {Kinova.Api.Base.ActionNotification.$Properties} Kinova.Api.Base.ActionNotification.$Shape
                 */

                /**
                 * Constructs a new ActionNotification.
                 * @memberof Kinova.Api.Base
                 * @classdesc Represents an ActionNotification.
                 * @constructor
                 * @param {Kinova.Api.Base.ActionNotification.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActionNotification = function (properties) {
                    this.trajectoryInfo = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActionNotification actionEvent.
                 * @member {Kinova.Api.Base.ActionEvent} actionEvent
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 */
                ActionNotification.prototype.actionEvent = 0;

                /**
                 * ActionNotification handle.
                 * @member {Kinova.Api.Base.ActionHandle.$Properties|null|undefined} handle
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 */
                ActionNotification.prototype.handle = null;

                /**
                 * ActionNotification timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 */
                ActionNotification.prototype.timestamp = null;

                /**
                 * ActionNotification userHandle.
                 * @member {Kinova.Api.Common.UserProfileHandle.$Properties|null|undefined} userHandle
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 */
                ActionNotification.prototype.userHandle = null;

                /**
                 * ActionNotification abortDetails.
                 * @member {Kinova.Api.SubErrorCodes} abortDetails
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 */
                ActionNotification.prototype.abortDetails = 0;

                /**
                 * ActionNotification connection.
                 * @member {Kinova.Api.Common.Connection.$Properties|null|undefined} connection
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 */
                ActionNotification.prototype.connection = null;

                /**
                 * ActionNotification trajectoryInfo.
                 * @member {Array.<Kinova.Api.Base.TrajectoryInfo.$Properties>} trajectoryInfo
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 */
                ActionNotification.prototype.trajectoryInfo = $util.emptyArray;

                /**
                 * Creates a new ActionNotification instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @static
                 * @param {Kinova.Api.Base.ActionNotification.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.Base.ActionNotification} ActionNotification instance
                 * @type {{
                 *   (properties: Kinova.Api.Base.ActionNotification.$Shape): Kinova.Api.Base.ActionNotification & Kinova.Api.Base.ActionNotification.$Shape;
                 *   (properties?: Kinova.Api.Base.ActionNotification.$Properties): Kinova.Api.Base.ActionNotification;
                 * }}
                 */
                ActionNotification.create = function(properties) {
                    return new ActionNotification(properties);
                };

                /**
                 * Encodes the specified ActionNotification message. Does not implicitly {@link Kinova.Api.Base.ActionNotification.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @static
                 * @param {Kinova.Api.Base.ActionNotification.$Properties} message ActionNotification message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActionNotification.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actionEvent != null && $Object.hasOwnProperty.call(message, "actionEvent") && message.actionEvent !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.actionEvent);
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        $root.Kinova.Api.Base.ActionHandle.encode(message.handle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.timestamp, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.userHandle != null && $Object.hasOwnProperty.call(message, "userHandle"))
                        $root.Kinova.Api.Common.UserProfileHandle.encode(message.userHandle, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.abortDetails != null && $Object.hasOwnProperty.call(message, "abortDetails") && message.abortDetails !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.abortDetails);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        $root.Kinova.Api.Common.Connection.encode(message.connection, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.trajectoryInfo != null && message.trajectoryInfo.length)
                        for (var i = 0; i < message.trajectoryInfo.length; ++i)
                            $root.Kinova.Api.Base.TrajectoryInfo.encode(message.trajectoryInfo[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActionNotification message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ActionNotification & Kinova.Api.Base.ActionNotification.$Shape} ActionNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActionNotification.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.Base.ActionNotification();
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
                                    message.actionEvent = value;
                                else
                                    delete message.actionEvent;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.handle = $root.Kinova.Api.Base.ActionHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp = $root.Kinova.Api.Common.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.userHandle = $root.Kinova.Api.Common.UserProfileHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.userHandle);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.abortDetails = value;
                                else
                                    delete message.abortDetails;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.connection = $root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1, message.connection);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.trajectoryInfo && message.trajectoryInfo.length))
                                    message.trajectoryInfo = [];
                                message.trajectoryInfo.push($root.Kinova.Api.Base.TrajectoryInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Verifies an ActionNotification message.
                 * @function verify
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ActionNotification.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.actionEvent != null && $Object.hasOwnProperty.call(message, "actionEvent"))
                        if (typeof message.actionEvent !== "number" || (message.actionEvent | 0) !== message.actionEvent)
                            return "actionEvent: enum value expected";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                        var error = $root.Kinova.Api.Base.ActionHandle.verify(message.handle, _depth + 1);
                        if (error)
                            return "handle." + error;
                    }
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        var error = $root.Kinova.Api.Common.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                    if (message.userHandle != null && $Object.hasOwnProperty.call(message, "userHandle")) {
                        var error = $root.Kinova.Api.Common.UserProfileHandle.verify(message.userHandle, _depth + 1);
                        if (error)
                            return "userHandle." + error;
                    }
                    if (message.abortDetails != null && $Object.hasOwnProperty.call(message, "abortDetails"))
                        if (typeof message.abortDetails !== "number" || (message.abortDetails | 0) !== message.abortDetails)
                            return "abortDetails: enum value expected";
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection")) {
                        var error = $root.Kinova.Api.Common.Connection.verify(message.connection, _depth + 1);
                        if (error)
                            return "connection." + error;
                    }
                    if (message.trajectoryInfo != null && $Object.hasOwnProperty.call(message, "trajectoryInfo")) {
                        if (!$Array.isArray(message.trajectoryInfo))
                            return "trajectoryInfo: array expected";
                        for (var i = 0; i < message.trajectoryInfo.length; ++i) {
                            var error = $root.Kinova.Api.Base.TrajectoryInfo.verify(message.trajectoryInfo[i], _depth + 1);
                            if (error)
                                return "trajectoryInfo." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an ActionNotification message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.Base.ActionNotification} ActionNotification
                 */
                ActionNotification.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.Base.ActionNotification)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.Base.ActionNotification: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.Base.ActionNotification();
                    if (object.actionEvent !== 0 && (typeof object.actionEvent !== "string" || $root.Kinova.Api.Base.ActionEvent[object.actionEvent] !== 0))
                        switch (object.actionEvent) {
                        case "UNSPECIFIED_ACTION_EVENT":
                        case 0:
                            message.actionEvent = 0;
                            break;
                        case "ACTION_END":
                        case 1:
                            message.actionEvent = 1;
                            break;
                        case "ACTION_ABORT":
                        case 2:
                            message.actionEvent = 2;
                            break;
                        case "ACTION_PAUSE":
                        case 3:
                            message.actionEvent = 3;
                            break;
                        case "ACTION_START":
                        case 4:
                            message.actionEvent = 4;
                            break;
                        case "ACTION_PREPROCESS_START":
                        case 5:
                            message.actionEvent = 5;
                            break;
                        case "ACTION_PREPROCESS_ABORT":
                        case 6:
                            message.actionEvent = 6;
                            break;
                        case "ACTION_PREPROCESS_END":
                        case 7:
                            message.actionEvent = 7;
                            break;
                        case "ACTION_POSTPROCESS_START":
                        case 8:
                            message.actionEvent = 8;
                            break;
                        case "ACTION_POSTPROCESS_ABORT":
                        case 9:
                            message.actionEvent = 9;
                            break;
                        case "ACTION_POSTPROCESS_END":
                        case 10:
                            message.actionEvent = 10;
                            break;
                        case "ACTION_FEEDBACK":
                        case 11:
                            message.actionEvent = 11;
                            break;
                        default:
                            if (typeof object.actionEvent === "number" && (object.actionEvent | 0) === object.actionEvent)
                                message.actionEvent = object.actionEvent;
                        }
                    if (object.handle != null) {
                        if (!$util.isObject(object.handle))
                            throw $TypeError(".Kinova.Api.Base.ActionNotification.handle: object expected");
                        message.handle = $root.Kinova.Api.Base.ActionHandle.fromObject(object.handle, _depth + 1);
                    }
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.Base.ActionNotification.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.userHandle != null) {
                        if (!$util.isObject(object.userHandle))
                            throw $TypeError(".Kinova.Api.Base.ActionNotification.userHandle: object expected");
                        message.userHandle = $root.Kinova.Api.Common.UserProfileHandle.fromObject(object.userHandle, _depth + 1);
                    }
                    if (object.abortDetails !== 0 && (typeof object.abortDetails !== "string" || $root.Kinova.Api.SubErrorCodes[object.abortDetails] !== 0))
                        switch (object.abortDetails) {
                        case "SUB_ERROR_NONE":
                        case 0:
                            message.abortDetails = 0;
                            break;
                        case "METHOD_FAILED":
                        case 1:
                            message.abortDetails = 1;
                            break;
                        case "UNIMPLEMENTED":
                        case 2:
                            message.abortDetails = 2;
                            break;
                        case "INVALID_PARAM":
                        case 3:
                            message.abortDetails = 3;
                            break;
                        case "UNSUPPORTED_SERVICE":
                        case 4:
                            message.abortDetails = 4;
                            break;
                        case "UNSUPPORTED_METHOD":
                        case 5:
                            message.abortDetails = 5;
                            break;
                        case "TOO_LARGE_ENCODED_FRAME_BUFFER":
                        case 6:
                            message.abortDetails = 6;
                            break;
                        case "FRAME_ENCODING_ERR":
                        case 7:
                            message.abortDetails = 7;
                            break;
                        case "FRAME_DECODING_ERR":
                        case 8:
                            message.abortDetails = 8;
                            break;
                        case "INCOMPATIBLE_HEADER_VERSION":
                        case 9:
                            message.abortDetails = 9;
                            break;
                        case "UNSUPPORTED_FRAME_TYPE":
                        case 10:
                            message.abortDetails = 10;
                            break;
                        case "UNREGISTERED_NOTIFICATION_RECEIVED":
                        case 11:
                            message.abortDetails = 11;
                            break;
                        case "INVALID_SESSION":
                        case 12:
                            message.abortDetails = 12;
                            break;
                        case "PAYLOAD_DECODING_ERR":
                        case 13:
                            message.abortDetails = 13;
                            break;
                        case "UNREGISTERED_FRAME_RECEIVED":
                        case 14:
                            message.abortDetails = 14;
                            break;
                        case "INVALID_PASSWORD":
                        case 15:
                            message.abortDetails = 15;
                            break;
                        case "USER_NOT_FOUND":
                        case 16:
                            message.abortDetails = 16;
                            break;
                        case "ENTITY_NOT_FOUND":
                        case 17:
                            message.abortDetails = 17;
                            break;
                        case "ROBOT_MOVEMENT_IN_PROGRESS":
                        case 18:
                            message.abortDetails = 18;
                            break;
                        case "ROBOT_NOT_MOVING":
                        case 19:
                            message.abortDetails = 19;
                            break;
                        case "NO_MORE_STORAGE_SPACE":
                        case 20:
                            message.abortDetails = 20;
                            break;
                        case "ROBOT_NOT_READY":
                        case 21:
                            message.abortDetails = 21;
                            break;
                        case "ROBOT_IN_FAULT":
                        case 22:
                            message.abortDetails = 22;
                            break;
                        case "ROBOT_IN_MAINTENANCE":
                        case 23:
                            message.abortDetails = 23;
                            break;
                        case "ROBOT_IN_UPDATE_MODE":
                        case 24:
                            message.abortDetails = 24;
                            break;
                        case "ROBOT_IN_EMERGENCY_STOP":
                        case 25:
                            message.abortDetails = 25;
                            break;
                        case "SINGLE_LEVEL_SERVOING":
                        case 26:
                            message.abortDetails = 26;
                            break;
                        case "LOW_LEVEL_SERVOING":
                        case 27:
                            message.abortDetails = 27;
                            break;
                        case "MAPPING_GROUP_NON_ROOT":
                        case 28:
                            message.abortDetails = 28;
                            break;
                        case "MAPPING_INVALID_GROUP":
                        case 29:
                            message.abortDetails = 29;
                            break;
                        case "MAPPING_INVALID_MAP":
                        case 30:
                            message.abortDetails = 30;
                            break;
                        case "MAP_GROUP_INVALID_MAP":
                        case 31:
                            message.abortDetails = 31;
                            break;
                        case "MAP_GROUP_INVALID_PARENT":
                        case 32:
                            message.abortDetails = 32;
                            break;
                        case "MAP_GROUP_INVALID_CHILD":
                        case 33:
                            message.abortDetails = 33;
                            break;
                        case "MAP_GROUP_INVALID_MOVE":
                        case 34:
                            message.abortDetails = 34;
                            break;
                        case "MAP_IN_USE":
                        case 35:
                            message.abortDetails = 35;
                            break;
                        case "WIFI_CONNECT_ERROR":
                        case 36:
                            message.abortDetails = 36;
                            break;
                        case "UNSUPPORTED_NETWORK_TYPE":
                        case 37:
                            message.abortDetails = 37;
                            break;
                        case "TOO_LARGE_ENCODED_PAYLOAD_BUFFER":
                        case 38:
                            message.abortDetails = 38;
                            break;
                        case "UPDATE_PERMISSION_DENIED":
                        case 39:
                            message.abortDetails = 39;
                            break;
                        case "DELETE_PERMISSION_DENIED":
                        case 40:
                            message.abortDetails = 40;
                            break;
                        case "DATABASE_ERROR":
                        case 41:
                            message.abortDetails = 41;
                            break;
                        case "UNSUPPORTED_OPTION":
                        case 42:
                            message.abortDetails = 42;
                            break;
                        case "UNSUPPORTED_RESOLUTION":
                        case 43:
                            message.abortDetails = 43;
                            break;
                        case "UNSUPPORTED_FRAME_RATE":
                        case 44:
                            message.abortDetails = 44;
                            break;
                        case "UNSUPPORTED_BIT_RATE":
                        case 45:
                            message.abortDetails = 45;
                            break;
                        case "UNSUPPORTED_ACTION":
                        case 46:
                            message.abortDetails = 46;
                            break;
                        case "UNSUPPORTED_FOCUS_ACTION":
                        case 47:
                            message.abortDetails = 47;
                            break;
                        case "VALUE_IS_ABOVE_MAXIMUM":
                        case 48:
                            message.abortDetails = 48;
                            break;
                        case "VALUE_IS_BELOW_MINIMUM":
                        case 49:
                            message.abortDetails = 49;
                            break;
                        case "DEVICE_DISCONNECTED":
                        case 50:
                            message.abortDetails = 50;
                            break;
                        case "DEVICE_NOT_READY":
                        case 51:
                            message.abortDetails = 51;
                            break;
                        case "INVALID_DEVICE":
                        case 52:
                            message.abortDetails = 52;
                            break;
                        case "SAFETY_THRESHOLD_REACHED":
                        case 53:
                            message.abortDetails = 53;
                            break;
                        case "INVALID_USER_SESSION_ACCESS":
                        case 54:
                            message.abortDetails = 54;
                            break;
                        case "CONTROL_MANUAL_STOP":
                        case 55:
                            message.abortDetails = 55;
                            break;
                        case "CONTROL_OUTSIDE_WORKSPACE":
                        case 56:
                            message.abortDetails = 56;
                            break;
                        case "CONTROL_ACTUATOR_COUNT_MISMATCH":
                        case 57:
                            message.abortDetails = 57;
                            break;
                        case "CONTROL_INVALID_DURATION":
                        case 58:
                            message.abortDetails = 58;
                            break;
                        case "CONTROL_INVALID_SPEED":
                        case 59:
                            message.abortDetails = 59;
                            break;
                        case "CONTROL_LARGE_SPEED":
                        case 60:
                            message.abortDetails = 60;
                            break;
                        case "CONTROL_INVALID_ACCELERATION":
                        case 61:
                            message.abortDetails = 61;
                            break;
                        case "CONTROL_INVALID_TIME_STEP":
                        case 62:
                            message.abortDetails = 62;
                            break;
                        case "CONTROL_LARGE_SIZE":
                        case 63:
                            message.abortDetails = 63;
                            break;
                        case "CONTROL_WRONG_MODE":
                        case 64:
                            message.abortDetails = 64;
                            break;
                        case "CONTROL_JOINT_POSITION_LIMIT":
                        case 65:
                            message.abortDetails = 65;
                            break;
                        case "CONTROL_NO_FILE_IN_MEMORY":
                        case 66:
                            message.abortDetails = 66;
                            break;
                        case "CONTROL_INDEX_OUT_OF_TRAJECTORY":
                        case 67:
                            message.abortDetails = 67;
                            break;
                        case "CONTROL_ALREADY_RUNNING":
                        case 68:
                            message.abortDetails = 68;
                            break;
                        case "CONTROL_WRONG_STARTING_POINT":
                        case 69:
                            message.abortDetails = 69;
                            break;
                        case "CONTROL_CARTESIAN_CANNOT_START":
                        case 70:
                            message.abortDetails = 70;
                            break;
                        case "CONTROL_UNDEFINED_CONSTRAINT":
                        case 71:
                            message.abortDetails = 71;
                            break;
                        case "CONTROL_UNINITIALIZED":
                        case 72:
                            message.abortDetails = 72;
                            break;
                        case "CONTROL_NO_ACTION":
                        case 73:
                            message.abortDetails = 73;
                            break;
                        case "CONTROL_UNDEFINED":
                        case 74:
                            message.abortDetails = 74;
                            break;
                        case "WRONG_SERVOING_MODE":
                        case 75:
                            message.abortDetails = 75;
                            break;
                        case "CONTROL_WRONG_STARTING_SPEED":
                        case 76:
                            message.abortDetails = 76;
                            break;
                        case "USERNAME_LENGTH_EXCEEDED":
                        case 100:
                            message.abortDetails = 100;
                            break;
                        case "FIRSTNAME_LENGTH_EXCEEDED":
                        case 101:
                            message.abortDetails = 101;
                            break;
                        case "LASTNAME_LENGTH_EXCEEDED":
                        case 102:
                            message.abortDetails = 102;
                            break;
                        case "PASSWORD_LENGTH_EXCEEDED":
                        case 103:
                            message.abortDetails = 103;
                            break;
                        case "USERNAME_ALREADY_EXISTS":
                        case 104:
                            message.abortDetails = 104;
                            break;
                        case "USERNAME_EMPTY":
                        case 105:
                            message.abortDetails = 105;
                            break;
                        case "PASSWORD_NOT_CHANGED":
                        case 106:
                            message.abortDetails = 106;
                            break;
                        case "MAXIMUM_USER_PROFILES_USED":
                        case 107:
                            message.abortDetails = 107;
                            break;
                        case "ROUTER_UNVAILABLE":
                        case 108:
                            message.abortDetails = 108;
                            break;
                        case "ADDRESS_NOT_IN_VALID_RANGE":
                        case 120:
                            message.abortDetails = 120;
                            break;
                        case "ADDRESS_NOT_CONFIGURABLE":
                        case 121:
                            message.abortDetails = 121;
                            break;
                        case "SESSION_NOT_IN_CONTROL":
                        case 130:
                            message.abortDetails = 130;
                            break;
                        case "METHOD_TIMEOUT":
                        case 131:
                            message.abortDetails = 131;
                            break;
                        case "UNSUPPORTED_ROBOT_CONFIGURATION":
                        case 132:
                            message.abortDetails = 132;
                            break;
                        case "NVRAM_READ_FAIL":
                        case 133:
                            message.abortDetails = 133;
                            break;
                        case "NVRAM_WRITE_FAIL":
                        case 134:
                            message.abortDetails = 134;
                            break;
                        case "NETWORK_NO_ADDRESS_ASSIGNED":
                        case 135:
                            message.abortDetails = 135;
                            break;
                        case "READ_PERMISSION_DENIED":
                        case 136:
                            message.abortDetails = 136;
                            break;
                        case "CONTROLLER_INVALID_MAPPING":
                        case 137:
                            message.abortDetails = 137;
                            break;
                        case "ACTION_IN_USE":
                        case 138:
                            message.abortDetails = 138;
                            break;
                        case "SEND_FAILED":
                        case 139:
                            message.abortDetails = 139;
                            break;
                        case "CONTROL_WAYPOINT_TRAJECTORY_ABORTED":
                        case 140:
                            message.abortDetails = 140;
                            break;
                        case "CONTROL_PERMISSION_DENIED":
                        case 141:
                            message.abortDetails = 141;
                            break;
                        case "COLLISION_DETECTED":
                        case 142:
                            message.abortDetails = 142;
                            break;
                        case "WRONG_MODE":
                        case 143:
                            message.abortDetails = 143;
                            break;
                        default:
                            if (typeof object.abortDetails === "number" && (object.abortDetails | 0) === object.abortDetails)
                                message.abortDetails = object.abortDetails;
                        }
                    if (object.connection != null) {
                        if (!$util.isObject(object.connection))
                            throw $TypeError(".Kinova.Api.Base.ActionNotification.connection: object expected");
                        message.connection = $root.Kinova.Api.Common.Connection.fromObject(object.connection, _depth + 1);
                    }
                    if (object.trajectoryInfo) {
                        if (!$Array.isArray(object.trajectoryInfo))
                            throw $TypeError(".Kinova.Api.Base.ActionNotification.trajectoryInfo: array expected");
                        message.trajectoryInfo = $Array(object.trajectoryInfo.length);
                        for (var i = 0; i < object.trajectoryInfo.length; ++i) {
                            if (!$util.isObject(object.trajectoryInfo[i]))
                                throw $TypeError(".Kinova.Api.Base.ActionNotification.trajectoryInfo: object expected");
                            message.trajectoryInfo[i] = $root.Kinova.Api.Base.TrajectoryInfo.fromObject(object.trajectoryInfo[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ActionNotification message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @static
                 * @param {Kinova.Api.Base.ActionNotification} message ActionNotification
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActionNotification.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.trajectoryInfo = [];
                    if (options.defaults) {
                        object.actionEvent = options.enums === $String ? "UNSPECIFIED_ACTION_EVENT" : 0;
                        object.handle = null;
                        object.timestamp = null;
                        object.userHandle = null;
                        object.abortDetails = options.enums === $String ? "SUB_ERROR_NONE" : 0;
                        object.connection = null;
                    }
                    if (message.actionEvent != null && $Object.hasOwnProperty.call(message, "actionEvent"))
                        object.actionEvent = options.enums === $String ? $root.Kinova.Api.Base.ActionEvent[message.actionEvent] === $undefined ? message.actionEvent : $root.Kinova.Api.Base.ActionEvent[message.actionEvent] : message.actionEvent;
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = $root.Kinova.Api.Base.ActionHandle.toObject(message.handle, options, _depth + 1);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.userHandle != null && $Object.hasOwnProperty.call(message, "userHandle"))
                        object.userHandle = $root.Kinova.Api.Common.UserProfileHandle.toObject(message.userHandle, options, _depth + 1);
                    if (message.abortDetails != null && $Object.hasOwnProperty.call(message, "abortDetails"))
                        object.abortDetails = options.enums === $String ? $root.Kinova.Api.SubErrorCodes[message.abortDetails] === $undefined ? message.abortDetails : $root.Kinova.Api.SubErrorCodes[message.abortDetails] : message.abortDetails;
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    if (message.trajectoryInfo && message.trajectoryInfo.length) {
                        object.trajectoryInfo = $Array(message.trajectoryInfo.length);
                        for (var j = 0; j < message.trajectoryInfo.length; ++j)
                            object.trajectoryInfo[j] = $root.Kinova.Api.Base.TrajectoryInfo.toObject(message.trajectoryInfo[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ActionNotification to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActionNotification.prototype.toJSON = function() {
                    return ActionNotification.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActionNotification
                 * @function getTypeUrl
                 * @memberof Kinova.Api.Base.ActionNotification
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActionNotification.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.Base.ActionNotification";
                };

                return ActionNotification;
            })();

            Base.K3 = (function() {

                /**
                 * Namespace K3.
                 * @memberof Kinova.Api.Base
                 * @namespace
                 */
                var K3 = {};

                /**
                 * ActionType enum.
                 * @name Kinova.Api.Base.K3.ActionType
                 * @enum {number}
                 * @property {number} UNSPECIFIED_ACTION=0 UNSPECIFIED_ACTION value
                 * @property {number} SEND_TWIST_COMMAND=1 SEND_TWIST_COMMAND value
                 * @property {number} SEND_JOINT_SPEEDS=4 SEND_JOINT_SPEEDS value
                 * @property {number} TOGGLE_HAND_GUIDING_MODE=13 TOGGLE_HAND_GUIDING_MODE value
                 * @property {number} SWITCH_CONTROL_MAPPING=16 SWITCH_CONTROL_MAPPING value
                 * @property {number} NAVIGATE_JOINTS=17 NAVIGATE_JOINTS value
                 * @property {number} NAVIGATE_MAPPINGS=18 NAVIGATE_MAPPINGS value
                 * @property {number} CHANGE_TWIST=22 CHANGE_TWIST value
                 * @property {number} CHANGE_JOINT_SPEEDS=23 CHANGE_JOINT_SPEEDS value
                 * @property {number} APPLY_QUICK_STOP=28 APPLY_QUICK_STOP value
                 * @property {number} CLEAR_FAULTS=29 CLEAR_FAULTS value
                 * @property {number} EXECUTE_ACTION=32 EXECUTE_ACTION value
                 * @property {number} STOP_ACTION=35 STOP_ACTION value
                 * @property {number} EXECUTE_WAYPOINT_LIST=41 EXECUTE_WAYPOINT_LIST value
                 * @property {number} CHANGE_PAYLOAD_PARAMETERS=42 CHANGE_PAYLOAD_PARAMETERS value
                 * @property {number} SET_TOOL_CONFIGURATION_LIST=43 SET_TOOL_CONFIGURATION_LIST value
                 */
                K3.ActionType = (function() {
                    var valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNSPECIFIED_ACTION"] = 0;
                    values[valuesById[1] = "SEND_TWIST_COMMAND"] = 1;
                    values[valuesById[4] = "SEND_JOINT_SPEEDS"] = 4;
                    values[valuesById[13] = "TOGGLE_HAND_GUIDING_MODE"] = 13;
                    values[valuesById[16] = "SWITCH_CONTROL_MAPPING"] = 16;
                    values[valuesById[17] = "NAVIGATE_JOINTS"] = 17;
                    values[valuesById[18] = "NAVIGATE_MAPPINGS"] = 18;
                    values[valuesById[22] = "CHANGE_TWIST"] = 22;
                    values[valuesById[23] = "CHANGE_JOINT_SPEEDS"] = 23;
                    values[valuesById[28] = "APPLY_QUICK_STOP"] = 28;
                    values[valuesById[29] = "CLEAR_FAULTS"] = 29;
                    values[valuesById[32] = "EXECUTE_ACTION"] = 32;
                    values[valuesById[35] = "STOP_ACTION"] = 35;
                    values[valuesById[41] = "EXECUTE_WAYPOINT_LIST"] = 41;
                    values[valuesById[42] = "CHANGE_PAYLOAD_PARAMETERS"] = 42;
                    values[valuesById[43] = "SET_TOOL_CONFIGURATION_LIST"] = 43;
                    return values;
                })();

                K3.ActionHandle = (function() {

                    /**
                     * Properties of an ActionHandle.
                     * @typedef {Object} Kinova.Api.Base.K3.ActionHandle.$Properties
                     * @property {number|null} [identifier] ActionHandle identifier
                     * @property {Kinova.Api.Base.K3.ActionType|null} [actionType] ActionHandle actionType
                     * @property {number|null} [permission] ActionHandle permission
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActionHandle.
                     * @memberof Kinova.Api.Base.K3
                     * @interface IActionHandle
                     * @augments Kinova.Api.Base.K3.ActionHandle.$Properties
                     * @deprecated Use Kinova.Api.Base.K3.ActionHandle.$Properties instead.
                     */

                    /**
                     * Shape of an ActionHandle.
                     * @typedef {Kinova.Api.Base.K3.ActionHandle.$Properties} Kinova.Api.Base.K3.ActionHandle.$Shape
                     */

                    /**
                     * Constructs a new ActionHandle.
                     * @memberof Kinova.Api.Base.K3
                     * @classdesc Represents an ActionHandle.
                     * @constructor
                     * @param {Kinova.Api.Base.K3.ActionHandle.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActionHandle = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActionHandle identifier.
                     * @member {number} identifier
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @instance
                     */
                    ActionHandle.prototype.identifier = 0;

                    /**
                     * ActionHandle actionType.
                     * @member {Kinova.Api.Base.K3.ActionType} actionType
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @instance
                     */
                    ActionHandle.prototype.actionType = 0;

                    /**
                     * ActionHandle permission.
                     * @member {number} permission
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @instance
                     */
                    ActionHandle.prototype.permission = 0;

                    /**
                     * Creates a new ActionHandle instance using the specified properties.
                     * @function create
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @static
                     * @param {Kinova.Api.Base.K3.ActionHandle.$Properties=} [properties] Properties to set
                     * @returns {Kinova.Api.Base.K3.ActionHandle} ActionHandle instance
                     * @type {{
                     *   (properties: Kinova.Api.Base.K3.ActionHandle.$Shape): Kinova.Api.Base.K3.ActionHandle & Kinova.Api.Base.K3.ActionHandle.$Shape;
                     *   (properties?: Kinova.Api.Base.K3.ActionHandle.$Properties): Kinova.Api.Base.K3.ActionHandle;
                     * }}
                     */
                    ActionHandle.create = function(properties) {
                        return new ActionHandle(properties);
                    };

                    /**
                     * Encodes the specified ActionHandle message. Does not implicitly {@link Kinova.Api.Base.K3.ActionHandle.verify|verify} messages.
                     * @function encode
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @static
                     * @param {Kinova.Api.Base.K3.ActionHandle.$Properties} message ActionHandle message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActionHandle.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.identifier);
                        if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType") && message.actionType !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.actionType);
                        if (message.permission != null && $Object.hasOwnProperty.call(message, "permission") && message.permission !== 0)
                            writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.permission);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActionHandle message from the specified reader or buffer.
                     * @function decode
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {Kinova.Api.Base.K3.ActionHandle & Kinova.Api.Base.K3.ActionHandle.$Shape} ActionHandle
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActionHandle.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.Kinova.Api.Base.K3.ActionHandle();
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
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.actionType = value;
                                    else
                                        delete message.actionType;
                                    continue;
                                }
                            case 3: {
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
                     * Verifies an ActionHandle message.
                     * @function verify
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ActionHandle.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                            if (!$util.isInteger(message.identifier))
                                return "identifier: integer expected";
                        if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType"))
                            if (typeof message.actionType !== "number" || (message.actionType | 0) !== message.actionType)
                                return "actionType: enum value expected";
                        if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                            if (!$util.isInteger(message.permission))
                                return "permission: integer expected";
                        return null;
                    };

                    /**
                     * Creates an ActionHandle message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {Kinova.Api.Base.K3.ActionHandle} ActionHandle
                     */
                    ActionHandle.fromObject = function (object, _depth) {
                        if (object instanceof $root.Kinova.Api.Base.K3.ActionHandle)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".Kinova.Api.Base.K3.ActionHandle: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.Kinova.Api.Base.K3.ActionHandle();
                        if (object.identifier != null)
                            if ($Number(object.identifier) !== 0)
                                message.identifier = object.identifier >>> 0;
                        if (object.actionType !== 0 && (typeof object.actionType !== "string" || $root.Kinova.Api.Base.K3.ActionType[object.actionType] !== 0))
                            switch (object.actionType) {
                            case "UNSPECIFIED_ACTION":
                            case 0:
                                message.actionType = 0;
                                break;
                            case "SEND_TWIST_COMMAND":
                            case 1:
                                message.actionType = 1;
                                break;
                            case "SEND_JOINT_SPEEDS":
                            case 4:
                                message.actionType = 4;
                                break;
                            case "TOGGLE_HAND_GUIDING_MODE":
                            case 13:
                                message.actionType = 13;
                                break;
                            case "SWITCH_CONTROL_MAPPING":
                            case 16:
                                message.actionType = 16;
                                break;
                            case "NAVIGATE_JOINTS":
                            case 17:
                                message.actionType = 17;
                                break;
                            case "NAVIGATE_MAPPINGS":
                            case 18:
                                message.actionType = 18;
                                break;
                            case "CHANGE_TWIST":
                            case 22:
                                message.actionType = 22;
                                break;
                            case "CHANGE_JOINT_SPEEDS":
                            case 23:
                                message.actionType = 23;
                                break;
                            case "APPLY_QUICK_STOP":
                            case 28:
                                message.actionType = 28;
                                break;
                            case "CLEAR_FAULTS":
                            case 29:
                                message.actionType = 29;
                                break;
                            case "EXECUTE_ACTION":
                            case 32:
                                message.actionType = 32;
                                break;
                            case "STOP_ACTION":
                            case 35:
                                message.actionType = 35;
                                break;
                            case "EXECUTE_WAYPOINT_LIST":
                            case 41:
                                message.actionType = 41;
                                break;
                            case "CHANGE_PAYLOAD_PARAMETERS":
                            case 42:
                                message.actionType = 42;
                                break;
                            case "SET_TOOL_CONFIGURATION_LIST":
                            case 43:
                                message.actionType = 43;
                                break;
                            default:
                                if (typeof object.actionType === "number" && (object.actionType | 0) === object.actionType)
                                    message.actionType = object.actionType;
                            }
                        if (object.permission != null)
                            if ($Number(object.permission) !== 0)
                                message.permission = object.permission >>> 0;
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActionHandle message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @static
                     * @param {Kinova.Api.Base.K3.ActionHandle} message ActionHandle
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActionHandle.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults) {
                            object.identifier = 0;
                            object.actionType = options.enums === $String ? "UNSPECIFIED_ACTION" : 0;
                            object.permission = 0;
                        }
                        if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                            object.identifier = message.identifier;
                        if (message.actionType != null && $Object.hasOwnProperty.call(message, "actionType"))
                            object.actionType = options.enums === $String ? $root.Kinova.Api.Base.K3.ActionType[message.actionType] === $undefined ? message.actionType : $root.Kinova.Api.Base.K3.ActionType[message.actionType] : message.actionType;
                        if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                            object.permission = message.permission;
                        return object;
                    };

                    /**
                     * Converts this ActionHandle to JSON.
                     * @function toJSON
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActionHandle.prototype.toJSON = function() {
                        return ActionHandle.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActionHandle
                     * @function getTypeUrl
                     * @memberof Kinova.Api.Base.K3.ActionHandle
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActionHandle.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/Kinova.Api.Base.K3.ActionHandle";
                    };

                    return ActionHandle;
                })();

                K3.ActionNotification = (function() {

                    /**
                     * Properties of an ActionNotification.
                     * @typedef {Object} Kinova.Api.Base.K3.ActionNotification.$Properties
                     * @property {Kinova.Api.Base.ActionEvent|null} [actionEvent] ActionNotification actionEvent
                     * @property {Kinova.Api.Base.K3.ActionHandle.$Properties|null} [handle] ActionNotification handle
                     * @property {Kinova.Api.SubErrorCodes|null} [abortDetails] ActionNotification abortDetails
                     * @property {Array.<Kinova.Api.Base.TrajectoryInfo.$Properties>|null} [trajectoryInfo] ActionNotification trajectoryInfo
                     * @property {Kinova.Api.Common.NotificationInformation.$Properties|null} [genericInfo] ActionNotification genericInfo
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActionNotification.
                     * @memberof Kinova.Api.Base.K3
                     * @interface IActionNotification
                     * @augments Kinova.Api.Base.K3.ActionNotification.$Properties
                     * @deprecated Use Kinova.Api.Base.K3.ActionNotification.$Properties instead.
                     */

                    /**
                     * Shape of an ActionNotification.
                     * @typedef {Kinova.Api.Base.K3.ActionNotification.$Properties} Kinova.Api.Base.K3.ActionNotification.$Shape
                     */

                    /**
                     * Constructs a new ActionNotification.
                     * @memberof Kinova.Api.Base.K3
                     * @classdesc Represents an ActionNotification.
                     * @constructor
                     * @param {Kinova.Api.Base.K3.ActionNotification.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActionNotification = function (properties) {
                        this.trajectoryInfo = [];
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActionNotification actionEvent.
                     * @member {Kinova.Api.Base.ActionEvent} actionEvent
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @instance
                     */
                    ActionNotification.prototype.actionEvent = 0;

                    /**
                     * ActionNotification handle.
                     * @member {Kinova.Api.Base.K3.ActionHandle.$Properties|null|undefined} handle
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @instance
                     */
                    ActionNotification.prototype.handle = null;

                    /**
                     * ActionNotification abortDetails.
                     * @member {Kinova.Api.SubErrorCodes} abortDetails
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @instance
                     */
                    ActionNotification.prototype.abortDetails = 0;

                    /**
                     * ActionNotification trajectoryInfo.
                     * @member {Array.<Kinova.Api.Base.TrajectoryInfo.$Properties>} trajectoryInfo
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @instance
                     */
                    ActionNotification.prototype.trajectoryInfo = $util.emptyArray;

                    /**
                     * ActionNotification genericInfo.
                     * @member {Kinova.Api.Common.NotificationInformation.$Properties|null|undefined} genericInfo
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @instance
                     */
                    ActionNotification.prototype.genericInfo = null;

                    /**
                     * Creates a new ActionNotification instance using the specified properties.
                     * @function create
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @static
                     * @param {Kinova.Api.Base.K3.ActionNotification.$Properties=} [properties] Properties to set
                     * @returns {Kinova.Api.Base.K3.ActionNotification} ActionNotification instance
                     * @type {{
                     *   (properties: Kinova.Api.Base.K3.ActionNotification.$Shape): Kinova.Api.Base.K3.ActionNotification & Kinova.Api.Base.K3.ActionNotification.$Shape;
                     *   (properties?: Kinova.Api.Base.K3.ActionNotification.$Properties): Kinova.Api.Base.K3.ActionNotification;
                     * }}
                     */
                    ActionNotification.create = function(properties) {
                        return new ActionNotification(properties);
                    };

                    /**
                     * Encodes the specified ActionNotification message. Does not implicitly {@link Kinova.Api.Base.K3.ActionNotification.verify|verify} messages.
                     * @function encode
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @static
                     * @param {Kinova.Api.Base.K3.ActionNotification.$Properties} message ActionNotification message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActionNotification.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.actionEvent != null && $Object.hasOwnProperty.call(message, "actionEvent") && message.actionEvent !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.actionEvent);
                        if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                            $root.Kinova.Api.Base.K3.ActionHandle.encode(message.handle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.abortDetails != null && $Object.hasOwnProperty.call(message, "abortDetails") && message.abortDetails !== 0)
                            writer.uint32(/* id 5, wireType 0 =*/40).int32(message.abortDetails);
                        if (message.trajectoryInfo != null && message.trajectoryInfo.length)
                            for (var i = 0; i < message.trajectoryInfo.length; ++i)
                                $root.Kinova.Api.Base.TrajectoryInfo.encode(message.trajectoryInfo[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                        if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                            $root.Kinova.Api.Common.NotificationInformation.encode(message.genericInfo, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActionNotification message from the specified reader or buffer.
                     * @function decode
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {Kinova.Api.Base.K3.ActionNotification & Kinova.Api.Base.K3.ActionNotification.$Shape} ActionNotification
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActionNotification.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.Kinova.Api.Base.K3.ActionNotification();
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
                                        message.actionEvent = value;
                                    else
                                        delete message.actionEvent;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.handle = $root.Kinova.Api.Base.K3.ActionHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.abortDetails = value;
                                    else
                                        delete message.abortDetails;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.trajectoryInfo && message.trajectoryInfo.length))
                                        message.trajectoryInfo = [];
                                    message.trajectoryInfo.push($root.Kinova.Api.Base.TrajectoryInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.decode(reader, reader.size(), $undefined, _depth + 1, message.genericInfo);
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
                     * Verifies an ActionNotification message.
                     * @function verify
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ActionNotification.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.actionEvent != null && $Object.hasOwnProperty.call(message, "actionEvent"))
                            if (typeof message.actionEvent !== "number" || (message.actionEvent | 0) !== message.actionEvent)
                                return "actionEvent: enum value expected";
                        if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                            var error = $root.Kinova.Api.Base.K3.ActionHandle.verify(message.handle, _depth + 1);
                            if (error)
                                return "handle." + error;
                        }
                        if (message.abortDetails != null && $Object.hasOwnProperty.call(message, "abortDetails"))
                            if (typeof message.abortDetails !== "number" || (message.abortDetails | 0) !== message.abortDetails)
                                return "abortDetails: enum value expected";
                        if (message.trajectoryInfo != null && $Object.hasOwnProperty.call(message, "trajectoryInfo")) {
                            if (!$Array.isArray(message.trajectoryInfo))
                                return "trajectoryInfo: array expected";
                            for (var i = 0; i < message.trajectoryInfo.length; ++i) {
                                var error = $root.Kinova.Api.Base.TrajectoryInfo.verify(message.trajectoryInfo[i], _depth + 1);
                                if (error)
                                    return "trajectoryInfo." + error;
                            }
                        }
                        if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo")) {
                            var error = $root.Kinova.Api.Common.NotificationInformation.verify(message.genericInfo, _depth + 1);
                            if (error)
                                return "genericInfo." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates an ActionNotification message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {Kinova.Api.Base.K3.ActionNotification} ActionNotification
                     */
                    ActionNotification.fromObject = function (object, _depth) {
                        if (object instanceof $root.Kinova.Api.Base.K3.ActionNotification)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".Kinova.Api.Base.K3.ActionNotification: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.Kinova.Api.Base.K3.ActionNotification();
                        if (object.actionEvent !== 0 && (typeof object.actionEvent !== "string" || $root.Kinova.Api.Base.ActionEvent[object.actionEvent] !== 0))
                            switch (object.actionEvent) {
                            case "UNSPECIFIED_ACTION_EVENT":
                            case 0:
                                message.actionEvent = 0;
                                break;
                            case "ACTION_END":
                            case 1:
                                message.actionEvent = 1;
                                break;
                            case "ACTION_ABORT":
                            case 2:
                                message.actionEvent = 2;
                                break;
                            case "ACTION_PAUSE":
                            case 3:
                                message.actionEvent = 3;
                                break;
                            case "ACTION_START":
                            case 4:
                                message.actionEvent = 4;
                                break;
                            case "ACTION_PREPROCESS_START":
                            case 5:
                                message.actionEvent = 5;
                                break;
                            case "ACTION_PREPROCESS_ABORT":
                            case 6:
                                message.actionEvent = 6;
                                break;
                            case "ACTION_PREPROCESS_END":
                            case 7:
                                message.actionEvent = 7;
                                break;
                            case "ACTION_POSTPROCESS_START":
                            case 8:
                                message.actionEvent = 8;
                                break;
                            case "ACTION_POSTPROCESS_ABORT":
                            case 9:
                                message.actionEvent = 9;
                                break;
                            case "ACTION_POSTPROCESS_END":
                            case 10:
                                message.actionEvent = 10;
                                break;
                            case "ACTION_FEEDBACK":
                            case 11:
                                message.actionEvent = 11;
                                break;
                            default:
                                if (typeof object.actionEvent === "number" && (object.actionEvent | 0) === object.actionEvent)
                                    message.actionEvent = object.actionEvent;
                            }
                        if (object.handle != null) {
                            if (!$util.isObject(object.handle))
                                throw $TypeError(".Kinova.Api.Base.K3.ActionNotification.handle: object expected");
                            message.handle = $root.Kinova.Api.Base.K3.ActionHandle.fromObject(object.handle, _depth + 1);
                        }
                        if (object.abortDetails !== 0 && (typeof object.abortDetails !== "string" || $root.Kinova.Api.SubErrorCodes[object.abortDetails] !== 0))
                            switch (object.abortDetails) {
                            case "SUB_ERROR_NONE":
                            case 0:
                                message.abortDetails = 0;
                                break;
                            case "METHOD_FAILED":
                            case 1:
                                message.abortDetails = 1;
                                break;
                            case "UNIMPLEMENTED":
                            case 2:
                                message.abortDetails = 2;
                                break;
                            case "INVALID_PARAM":
                            case 3:
                                message.abortDetails = 3;
                                break;
                            case "UNSUPPORTED_SERVICE":
                            case 4:
                                message.abortDetails = 4;
                                break;
                            case "UNSUPPORTED_METHOD":
                            case 5:
                                message.abortDetails = 5;
                                break;
                            case "TOO_LARGE_ENCODED_FRAME_BUFFER":
                            case 6:
                                message.abortDetails = 6;
                                break;
                            case "FRAME_ENCODING_ERR":
                            case 7:
                                message.abortDetails = 7;
                                break;
                            case "FRAME_DECODING_ERR":
                            case 8:
                                message.abortDetails = 8;
                                break;
                            case "INCOMPATIBLE_HEADER_VERSION":
                            case 9:
                                message.abortDetails = 9;
                                break;
                            case "UNSUPPORTED_FRAME_TYPE":
                            case 10:
                                message.abortDetails = 10;
                                break;
                            case "UNREGISTERED_NOTIFICATION_RECEIVED":
                            case 11:
                                message.abortDetails = 11;
                                break;
                            case "INVALID_SESSION":
                            case 12:
                                message.abortDetails = 12;
                                break;
                            case "PAYLOAD_DECODING_ERR":
                            case 13:
                                message.abortDetails = 13;
                                break;
                            case "UNREGISTERED_FRAME_RECEIVED":
                            case 14:
                                message.abortDetails = 14;
                                break;
                            case "INVALID_PASSWORD":
                            case 15:
                                message.abortDetails = 15;
                                break;
                            case "USER_NOT_FOUND":
                            case 16:
                                message.abortDetails = 16;
                                break;
                            case "ENTITY_NOT_FOUND":
                            case 17:
                                message.abortDetails = 17;
                                break;
                            case "ROBOT_MOVEMENT_IN_PROGRESS":
                            case 18:
                                message.abortDetails = 18;
                                break;
                            case "ROBOT_NOT_MOVING":
                            case 19:
                                message.abortDetails = 19;
                                break;
                            case "NO_MORE_STORAGE_SPACE":
                            case 20:
                                message.abortDetails = 20;
                                break;
                            case "ROBOT_NOT_READY":
                            case 21:
                                message.abortDetails = 21;
                                break;
                            case "ROBOT_IN_FAULT":
                            case 22:
                                message.abortDetails = 22;
                                break;
                            case "ROBOT_IN_MAINTENANCE":
                            case 23:
                                message.abortDetails = 23;
                                break;
                            case "ROBOT_IN_UPDATE_MODE":
                            case 24:
                                message.abortDetails = 24;
                                break;
                            case "ROBOT_IN_EMERGENCY_STOP":
                            case 25:
                                message.abortDetails = 25;
                                break;
                            case "SINGLE_LEVEL_SERVOING":
                            case 26:
                                message.abortDetails = 26;
                                break;
                            case "LOW_LEVEL_SERVOING":
                            case 27:
                                message.abortDetails = 27;
                                break;
                            case "MAPPING_GROUP_NON_ROOT":
                            case 28:
                                message.abortDetails = 28;
                                break;
                            case "MAPPING_INVALID_GROUP":
                            case 29:
                                message.abortDetails = 29;
                                break;
                            case "MAPPING_INVALID_MAP":
                            case 30:
                                message.abortDetails = 30;
                                break;
                            case "MAP_GROUP_INVALID_MAP":
                            case 31:
                                message.abortDetails = 31;
                                break;
                            case "MAP_GROUP_INVALID_PARENT":
                            case 32:
                                message.abortDetails = 32;
                                break;
                            case "MAP_GROUP_INVALID_CHILD":
                            case 33:
                                message.abortDetails = 33;
                                break;
                            case "MAP_GROUP_INVALID_MOVE":
                            case 34:
                                message.abortDetails = 34;
                                break;
                            case "MAP_IN_USE":
                            case 35:
                                message.abortDetails = 35;
                                break;
                            case "WIFI_CONNECT_ERROR":
                            case 36:
                                message.abortDetails = 36;
                                break;
                            case "UNSUPPORTED_NETWORK_TYPE":
                            case 37:
                                message.abortDetails = 37;
                                break;
                            case "TOO_LARGE_ENCODED_PAYLOAD_BUFFER":
                            case 38:
                                message.abortDetails = 38;
                                break;
                            case "UPDATE_PERMISSION_DENIED":
                            case 39:
                                message.abortDetails = 39;
                                break;
                            case "DELETE_PERMISSION_DENIED":
                            case 40:
                                message.abortDetails = 40;
                                break;
                            case "DATABASE_ERROR":
                            case 41:
                                message.abortDetails = 41;
                                break;
                            case "UNSUPPORTED_OPTION":
                            case 42:
                                message.abortDetails = 42;
                                break;
                            case "UNSUPPORTED_RESOLUTION":
                            case 43:
                                message.abortDetails = 43;
                                break;
                            case "UNSUPPORTED_FRAME_RATE":
                            case 44:
                                message.abortDetails = 44;
                                break;
                            case "UNSUPPORTED_BIT_RATE":
                            case 45:
                                message.abortDetails = 45;
                                break;
                            case "UNSUPPORTED_ACTION":
                            case 46:
                                message.abortDetails = 46;
                                break;
                            case "UNSUPPORTED_FOCUS_ACTION":
                            case 47:
                                message.abortDetails = 47;
                                break;
                            case "VALUE_IS_ABOVE_MAXIMUM":
                            case 48:
                                message.abortDetails = 48;
                                break;
                            case "VALUE_IS_BELOW_MINIMUM":
                            case 49:
                                message.abortDetails = 49;
                                break;
                            case "DEVICE_DISCONNECTED":
                            case 50:
                                message.abortDetails = 50;
                                break;
                            case "DEVICE_NOT_READY":
                            case 51:
                                message.abortDetails = 51;
                                break;
                            case "INVALID_DEVICE":
                            case 52:
                                message.abortDetails = 52;
                                break;
                            case "SAFETY_THRESHOLD_REACHED":
                            case 53:
                                message.abortDetails = 53;
                                break;
                            case "INVALID_USER_SESSION_ACCESS":
                            case 54:
                                message.abortDetails = 54;
                                break;
                            case "CONTROL_MANUAL_STOP":
                            case 55:
                                message.abortDetails = 55;
                                break;
                            case "CONTROL_OUTSIDE_WORKSPACE":
                            case 56:
                                message.abortDetails = 56;
                                break;
                            case "CONTROL_ACTUATOR_COUNT_MISMATCH":
                            case 57:
                                message.abortDetails = 57;
                                break;
                            case "CONTROL_INVALID_DURATION":
                            case 58:
                                message.abortDetails = 58;
                                break;
                            case "CONTROL_INVALID_SPEED":
                            case 59:
                                message.abortDetails = 59;
                                break;
                            case "CONTROL_LARGE_SPEED":
                            case 60:
                                message.abortDetails = 60;
                                break;
                            case "CONTROL_INVALID_ACCELERATION":
                            case 61:
                                message.abortDetails = 61;
                                break;
                            case "CONTROL_INVALID_TIME_STEP":
                            case 62:
                                message.abortDetails = 62;
                                break;
                            case "CONTROL_LARGE_SIZE":
                            case 63:
                                message.abortDetails = 63;
                                break;
                            case "CONTROL_WRONG_MODE":
                            case 64:
                                message.abortDetails = 64;
                                break;
                            case "CONTROL_JOINT_POSITION_LIMIT":
                            case 65:
                                message.abortDetails = 65;
                                break;
                            case "CONTROL_NO_FILE_IN_MEMORY":
                            case 66:
                                message.abortDetails = 66;
                                break;
                            case "CONTROL_INDEX_OUT_OF_TRAJECTORY":
                            case 67:
                                message.abortDetails = 67;
                                break;
                            case "CONTROL_ALREADY_RUNNING":
                            case 68:
                                message.abortDetails = 68;
                                break;
                            case "CONTROL_WRONG_STARTING_POINT":
                            case 69:
                                message.abortDetails = 69;
                                break;
                            case "CONTROL_CARTESIAN_CANNOT_START":
                            case 70:
                                message.abortDetails = 70;
                                break;
                            case "CONTROL_UNDEFINED_CONSTRAINT":
                            case 71:
                                message.abortDetails = 71;
                                break;
                            case "CONTROL_UNINITIALIZED":
                            case 72:
                                message.abortDetails = 72;
                                break;
                            case "CONTROL_NO_ACTION":
                            case 73:
                                message.abortDetails = 73;
                                break;
                            case "CONTROL_UNDEFINED":
                            case 74:
                                message.abortDetails = 74;
                                break;
                            case "WRONG_SERVOING_MODE":
                            case 75:
                                message.abortDetails = 75;
                                break;
                            case "CONTROL_WRONG_STARTING_SPEED":
                            case 76:
                                message.abortDetails = 76;
                                break;
                            case "USERNAME_LENGTH_EXCEEDED":
                            case 100:
                                message.abortDetails = 100;
                                break;
                            case "FIRSTNAME_LENGTH_EXCEEDED":
                            case 101:
                                message.abortDetails = 101;
                                break;
                            case "LASTNAME_LENGTH_EXCEEDED":
                            case 102:
                                message.abortDetails = 102;
                                break;
                            case "PASSWORD_LENGTH_EXCEEDED":
                            case 103:
                                message.abortDetails = 103;
                                break;
                            case "USERNAME_ALREADY_EXISTS":
                            case 104:
                                message.abortDetails = 104;
                                break;
                            case "USERNAME_EMPTY":
                            case 105:
                                message.abortDetails = 105;
                                break;
                            case "PASSWORD_NOT_CHANGED":
                            case 106:
                                message.abortDetails = 106;
                                break;
                            case "MAXIMUM_USER_PROFILES_USED":
                            case 107:
                                message.abortDetails = 107;
                                break;
                            case "ROUTER_UNVAILABLE":
                            case 108:
                                message.abortDetails = 108;
                                break;
                            case "ADDRESS_NOT_IN_VALID_RANGE":
                            case 120:
                                message.abortDetails = 120;
                                break;
                            case "ADDRESS_NOT_CONFIGURABLE":
                            case 121:
                                message.abortDetails = 121;
                                break;
                            case "SESSION_NOT_IN_CONTROL":
                            case 130:
                                message.abortDetails = 130;
                                break;
                            case "METHOD_TIMEOUT":
                            case 131:
                                message.abortDetails = 131;
                                break;
                            case "UNSUPPORTED_ROBOT_CONFIGURATION":
                            case 132:
                                message.abortDetails = 132;
                                break;
                            case "NVRAM_READ_FAIL":
                            case 133:
                                message.abortDetails = 133;
                                break;
                            case "NVRAM_WRITE_FAIL":
                            case 134:
                                message.abortDetails = 134;
                                break;
                            case "NETWORK_NO_ADDRESS_ASSIGNED":
                            case 135:
                                message.abortDetails = 135;
                                break;
                            case "READ_PERMISSION_DENIED":
                            case 136:
                                message.abortDetails = 136;
                                break;
                            case "CONTROLLER_INVALID_MAPPING":
                            case 137:
                                message.abortDetails = 137;
                                break;
                            case "ACTION_IN_USE":
                            case 138:
                                message.abortDetails = 138;
                                break;
                            case "SEND_FAILED":
                            case 139:
                                message.abortDetails = 139;
                                break;
                            case "CONTROL_WAYPOINT_TRAJECTORY_ABORTED":
                            case 140:
                                message.abortDetails = 140;
                                break;
                            case "CONTROL_PERMISSION_DENIED":
                            case 141:
                                message.abortDetails = 141;
                                break;
                            case "COLLISION_DETECTED":
                            case 142:
                                message.abortDetails = 142;
                                break;
                            case "WRONG_MODE":
                            case 143:
                                message.abortDetails = 143;
                                break;
                            default:
                                if (typeof object.abortDetails === "number" && (object.abortDetails | 0) === object.abortDetails)
                                    message.abortDetails = object.abortDetails;
                            }
                        if (object.trajectoryInfo) {
                            if (!$Array.isArray(object.trajectoryInfo))
                                throw $TypeError(".Kinova.Api.Base.K3.ActionNotification.trajectoryInfo: array expected");
                            message.trajectoryInfo = $Array(object.trajectoryInfo.length);
                            for (var i = 0; i < object.trajectoryInfo.length; ++i) {
                                if (!$util.isObject(object.trajectoryInfo[i]))
                                    throw $TypeError(".Kinova.Api.Base.K3.ActionNotification.trajectoryInfo: object expected");
                                message.trajectoryInfo[i] = $root.Kinova.Api.Base.TrajectoryInfo.fromObject(object.trajectoryInfo[i], _depth + 1);
                            }
                        }
                        if (object.genericInfo != null) {
                            if (!$util.isObject(object.genericInfo))
                                throw $TypeError(".Kinova.Api.Base.K3.ActionNotification.genericInfo: object expected");
                            message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.fromObject(object.genericInfo, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActionNotification message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @static
                     * @param {Kinova.Api.Base.K3.ActionNotification} message ActionNotification
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActionNotification.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.arrays || options.defaults)
                            object.trajectoryInfo = [];
                        if (options.defaults) {
                            object.actionEvent = options.enums === $String ? "UNSPECIFIED_ACTION_EVENT" : 0;
                            object.handle = null;
                            object.abortDetails = options.enums === $String ? "SUB_ERROR_NONE" : 0;
                            object.genericInfo = null;
                        }
                        if (message.actionEvent != null && $Object.hasOwnProperty.call(message, "actionEvent"))
                            object.actionEvent = options.enums === $String ? $root.Kinova.Api.Base.ActionEvent[message.actionEvent] === $undefined ? message.actionEvent : $root.Kinova.Api.Base.ActionEvent[message.actionEvent] : message.actionEvent;
                        if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                            object.handle = $root.Kinova.Api.Base.K3.ActionHandle.toObject(message.handle, options, _depth + 1);
                        if (message.abortDetails != null && $Object.hasOwnProperty.call(message, "abortDetails"))
                            object.abortDetails = options.enums === $String ? $root.Kinova.Api.SubErrorCodes[message.abortDetails] === $undefined ? message.abortDetails : $root.Kinova.Api.SubErrorCodes[message.abortDetails] : message.abortDetails;
                        if (message.trajectoryInfo && message.trajectoryInfo.length) {
                            object.trajectoryInfo = $Array(message.trajectoryInfo.length);
                            for (var j = 0; j < message.trajectoryInfo.length; ++j)
                                object.trajectoryInfo[j] = $root.Kinova.Api.Base.TrajectoryInfo.toObject(message.trajectoryInfo[j], options, _depth + 1);
                        }
                        if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                            object.genericInfo = $root.Kinova.Api.Common.NotificationInformation.toObject(message.genericInfo, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this ActionNotification to JSON.
                     * @function toJSON
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActionNotification.prototype.toJSON = function() {
                        return ActionNotification.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActionNotification
                     * @function getTypeUrl
                     * @memberof Kinova.Api.Base.K3.ActionNotification
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActionNotification.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/Kinova.Api.Base.K3.ActionNotification";
                    };

                    return ActionNotification;
                })();

                return K3;
            })();

            return Base;
        })();

        Api.ProgramConfig = (function() {

            /**
             * Namespace ProgramConfig.
             * @memberof Kinova.Api
             * @namespace
             */
            var ProgramConfig = {};

            ProgramConfig.Program = (function() {

                /**
                 * Properties of a Program.
                 * @typedef {Object} Kinova.Api.ProgramConfig.Program.$Properties
                 * @property {Kinova.Api.Common.ProgramHandle.$Properties|null} [handle] Program handle
                 * @property {string|null} [name] Program name
                 * @property {boolean|null} [isValidated] Program isValidated
                 * @property {Kinova.Api.Common.TimestampFromEpoch.$Properties|null} [lastValidatedOn] Program lastValidatedOn
                 * @property {Kinova.Api.Common.TimestampFromEpoch.$Properties|null} [lastModifiedOn] Program lastModifiedOn
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Program.
                 * @memberof Kinova.Api.ProgramConfig
                 * @interface IProgram
                 * @augments Kinova.Api.ProgramConfig.Program.$Properties
                 * @deprecated Use Kinova.Api.ProgramConfig.Program.$Properties instead.
                 */

                /**
                 * Shape of a Program.
                 * @typedef {Kinova.Api.ProgramConfig.Program.$Properties} Kinova.Api.ProgramConfig.Program.$Shape
                 */

                /**
                 * Constructs a new Program.
                 * @memberof Kinova.Api.ProgramConfig
                 * @classdesc Represents a Program.
                 * @constructor
                 * @param {Kinova.Api.ProgramConfig.Program.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Program = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Program handle.
                 * @member {Kinova.Api.Common.ProgramHandle.$Properties|null|undefined} handle
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @instance
                 */
                Program.prototype.handle = null;

                /**
                 * Program name.
                 * @member {string} name
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @instance
                 */
                Program.prototype.name = "";

                /**
                 * Program isValidated.
                 * @member {boolean} isValidated
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @instance
                 */
                Program.prototype.isValidated = false;

                /**
                 * Program lastValidatedOn.
                 * @member {Kinova.Api.Common.TimestampFromEpoch.$Properties|null|undefined} lastValidatedOn
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @instance
                 */
                Program.prototype.lastValidatedOn = null;

                /**
                 * Program lastModifiedOn.
                 * @member {Kinova.Api.Common.TimestampFromEpoch.$Properties|null|undefined} lastModifiedOn
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @instance
                 */
                Program.prototype.lastModifiedOn = null;

                /**
                 * Creates a new Program instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @static
                 * @param {Kinova.Api.ProgramConfig.Program.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramConfig.Program} Program instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramConfig.Program.$Shape): Kinova.Api.ProgramConfig.Program & Kinova.Api.ProgramConfig.Program.$Shape;
                 *   (properties?: Kinova.Api.ProgramConfig.Program.$Properties): Kinova.Api.ProgramConfig.Program;
                 * }}
                 */
                Program.create = function(properties) {
                    return new Program(properties);
                };

                /**
                 * Encodes the specified Program message. Does not implicitly {@link Kinova.Api.ProgramConfig.Program.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @static
                 * @param {Kinova.Api.ProgramConfig.Program.$Properties} message Program message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Program.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        $root.Kinova.Api.Common.ProgramHandle.encode(message.handle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.isValidated != null && $Object.hasOwnProperty.call(message, "isValidated") && message.isValidated !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.isValidated);
                    if (message.lastValidatedOn != null && $Object.hasOwnProperty.call(message, "lastValidatedOn"))
                        $root.Kinova.Api.Common.TimestampFromEpoch.encode(message.lastValidatedOn, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.lastModifiedOn != null && $Object.hasOwnProperty.call(message, "lastModifiedOn"))
                        $root.Kinova.Api.Common.TimestampFromEpoch.encode(message.lastModifiedOn, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Program message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramConfig.Program & Kinova.Api.ProgramConfig.Program.$Shape} Program
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Program.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramConfig.Program();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.handle = $root.Kinova.Api.Common.ProgramHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.isValidated = value;
                                else
                                    delete message.isValidated;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.lastValidatedOn = $root.Kinova.Api.Common.TimestampFromEpoch.decode(reader, reader.size(), $undefined, _depth + 1, message.lastValidatedOn);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.lastModifiedOn = $root.Kinova.Api.Common.TimestampFromEpoch.decode(reader, reader.size(), $undefined, _depth + 1, message.lastModifiedOn);
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
                 * Verifies a Program message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Program.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                        var error = $root.Kinova.Api.Common.ProgramHandle.verify(message.handle, _depth + 1);
                        if (error)
                            return "handle." + error;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.isValidated != null && $Object.hasOwnProperty.call(message, "isValidated"))
                        if (typeof message.isValidated !== "boolean")
                            return "isValidated: boolean expected";
                    if (message.lastValidatedOn != null && $Object.hasOwnProperty.call(message, "lastValidatedOn")) {
                        var error = $root.Kinova.Api.Common.TimestampFromEpoch.verify(message.lastValidatedOn, _depth + 1);
                        if (error)
                            return "lastValidatedOn." + error;
                    }
                    if (message.lastModifiedOn != null && $Object.hasOwnProperty.call(message, "lastModifiedOn")) {
                        var error = $root.Kinova.Api.Common.TimestampFromEpoch.verify(message.lastModifiedOn, _depth + 1);
                        if (error)
                            return "lastModifiedOn." + error;
                    }
                    return null;
                };

                /**
                 * Creates a Program message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramConfig.Program} Program
                 */
                Program.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramConfig.Program)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramConfig.Program: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramConfig.Program();
                    if (object.handle != null) {
                        if (!$util.isObject(object.handle))
                            throw $TypeError(".Kinova.Api.ProgramConfig.Program.handle: object expected");
                        message.handle = $root.Kinova.Api.Common.ProgramHandle.fromObject(object.handle, _depth + 1);
                    }
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.isValidated != null)
                        if (object.isValidated)
                            message.isValidated = $Boolean(object.isValidated);
                    if (object.lastValidatedOn != null) {
                        if (!$util.isObject(object.lastValidatedOn))
                            throw $TypeError(".Kinova.Api.ProgramConfig.Program.lastValidatedOn: object expected");
                        message.lastValidatedOn = $root.Kinova.Api.Common.TimestampFromEpoch.fromObject(object.lastValidatedOn, _depth + 1);
                    }
                    if (object.lastModifiedOn != null) {
                        if (!$util.isObject(object.lastModifiedOn))
                            throw $TypeError(".Kinova.Api.ProgramConfig.Program.lastModifiedOn: object expected");
                        message.lastModifiedOn = $root.Kinova.Api.Common.TimestampFromEpoch.fromObject(object.lastModifiedOn, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Program message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @static
                 * @param {Kinova.Api.ProgramConfig.Program} message Program
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Program.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.handle = null;
                        object.name = "";
                        object.isValidated = false;
                        object.lastValidatedOn = null;
                        object.lastModifiedOn = null;
                    }
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = $root.Kinova.Api.Common.ProgramHandle.toObject(message.handle, options, _depth + 1);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.isValidated != null && $Object.hasOwnProperty.call(message, "isValidated"))
                        object.isValidated = message.isValidated;
                    if (message.lastValidatedOn != null && $Object.hasOwnProperty.call(message, "lastValidatedOn"))
                        object.lastValidatedOn = $root.Kinova.Api.Common.TimestampFromEpoch.toObject(message.lastValidatedOn, options, _depth + 1);
                    if (message.lastModifiedOn != null && $Object.hasOwnProperty.call(message, "lastModifiedOn"))
                        object.lastModifiedOn = $root.Kinova.Api.Common.TimestampFromEpoch.toObject(message.lastModifiedOn, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Program to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Program.prototype.toJSON = function() {
                    return Program.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Program
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramConfig.Program
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Program.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramConfig.Program";
                };

                return Program;
            })();

            ProgramConfig.ProgramList = (function() {

                /**
                 * Properties of a ProgramList.
                 * @typedef {Object} Kinova.Api.ProgramConfig.ProgramList.$Properties
                 * @property {Array.<Kinova.Api.ProgramConfig.Program.$Properties>|null} [programs] ProgramList programs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProgramList.
                 * @memberof Kinova.Api.ProgramConfig
                 * @interface IProgramList
                 * @augments Kinova.Api.ProgramConfig.ProgramList.$Properties
                 * @deprecated Use Kinova.Api.ProgramConfig.ProgramList.$Properties instead.
                 */

                /**
                 * Shape of a ProgramList.
                 * @typedef {Kinova.Api.ProgramConfig.ProgramList.$Properties} Kinova.Api.ProgramConfig.ProgramList.$Shape
                 */

                /**
                 * Constructs a new ProgramList.
                 * @memberof Kinova.Api.ProgramConfig
                 * @classdesc Represents a ProgramList.
                 * @constructor
                 * @param {Kinova.Api.ProgramConfig.ProgramList.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ProgramList = function (properties) {
                    this.programs = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProgramList programs.
                 * @member {Array.<Kinova.Api.ProgramConfig.Program.$Properties>} programs
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @instance
                 */
                ProgramList.prototype.programs = $util.emptyArray;

                /**
                 * Creates a new ProgramList instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @static
                 * @param {Kinova.Api.ProgramConfig.ProgramList.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramConfig.ProgramList} ProgramList instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramConfig.ProgramList.$Shape): Kinova.Api.ProgramConfig.ProgramList & Kinova.Api.ProgramConfig.ProgramList.$Shape;
                 *   (properties?: Kinova.Api.ProgramConfig.ProgramList.$Properties): Kinova.Api.ProgramConfig.ProgramList;
                 * }}
                 */
                ProgramList.create = function(properties) {
                    return new ProgramList(properties);
                };

                /**
                 * Encodes the specified ProgramList message. Does not implicitly {@link Kinova.Api.ProgramConfig.ProgramList.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @static
                 * @param {Kinova.Api.ProgramConfig.ProgramList.$Properties} message ProgramList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProgramList.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.programs != null && message.programs.length)
                        for (var i = 0; i < message.programs.length; ++i)
                            $root.Kinova.Api.ProgramConfig.Program.encode(message.programs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProgramList message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramConfig.ProgramList & Kinova.Api.ProgramConfig.ProgramList.$Shape} ProgramList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProgramList.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramConfig.ProgramList();
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
                                if (!(message.programs && message.programs.length))
                                    message.programs = [];
                                message.programs.push($root.Kinova.Api.ProgramConfig.Program.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Verifies a ProgramList message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProgramList.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.programs != null && $Object.hasOwnProperty.call(message, "programs")) {
                        if (!$Array.isArray(message.programs))
                            return "programs: array expected";
                        for (var i = 0; i < message.programs.length; ++i) {
                            var error = $root.Kinova.Api.ProgramConfig.Program.verify(message.programs[i], _depth + 1);
                            if (error)
                                return "programs." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ProgramList message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramConfig.ProgramList} ProgramList
                 */
                ProgramList.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramConfig.ProgramList)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramConfig.ProgramList: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramConfig.ProgramList();
                    if (object.programs) {
                        if (!$Array.isArray(object.programs))
                            throw $TypeError(".Kinova.Api.ProgramConfig.ProgramList.programs: array expected");
                        message.programs = $Array(object.programs.length);
                        for (var i = 0; i < object.programs.length; ++i) {
                            if (!$util.isObject(object.programs[i]))
                                throw $TypeError(".Kinova.Api.ProgramConfig.ProgramList.programs: object expected");
                            message.programs[i] = $root.Kinova.Api.ProgramConfig.Program.fromObject(object.programs[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ProgramList message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @static
                 * @param {Kinova.Api.ProgramConfig.ProgramList} message ProgramList
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProgramList.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.programs = [];
                    if (message.programs && message.programs.length) {
                        object.programs = $Array(message.programs.length);
                        for (var j = 0; j < message.programs.length; ++j)
                            object.programs[j] = $root.Kinova.Api.ProgramConfig.Program.toObject(message.programs[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ProgramList to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProgramList.prototype.toJSON = function() {
                    return ProgramList.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProgramList
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramConfig.ProgramList
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProgramList.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramConfig.ProgramList";
                };

                return ProgramList;
            })();

            return ProgramConfig;
        })();

        Api.ProgramRunner = (function() {

            /**
             * Namespace ProgramRunner.
             * @memberof Kinova.Api
             * @namespace
             */
            var ProgramRunner = {};

            /**
             * Status enum.
             * @name Kinova.Api.ProgramRunner.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
             * @property {number} STATUS_IDLE=1 STATUS_IDLE value
             * @property {number} STATUS_RUNNING=2 STATUS_RUNNING value
             * @property {number} STATUS_PAUSED=3 STATUS_PAUSED value
             * @property {number} STATUS_STARTING=4 STATUS_STARTING value
             * @property {number} STATUS_STOPPING=5 STATUS_STOPPING value
             * @property {number} STATUS_PAUSED_AUTOMATIC_RESUME=6 STATUS_PAUSED_AUTOMATIC_RESUME value
             * @property {number} STATUS_WAITING_FOR_ACKNOWLEDGE=7 STATUS_WAITING_FOR_ACKNOWLEDGE value
             */
            ProgramRunner.Status = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_IDLE"] = 1;
                values[valuesById[2] = "STATUS_RUNNING"] = 2;
                values[valuesById[3] = "STATUS_PAUSED"] = 3;
                values[valuesById[4] = "STATUS_STARTING"] = 4;
                values[valuesById[5] = "STATUS_STOPPING"] = 5;
                values[valuesById[6] = "STATUS_PAUSED_AUTOMATIC_RESUME"] = 6;
                values[valuesById[7] = "STATUS_WAITING_FOR_ACKNOWLEDGE"] = 7;
                return values;
            })();

            /**
             * ExecutionEvent enum.
             * @name Kinova.Api.ProgramRunner.ExecutionEvent
             * @enum {number}
             * @property {number} EXECUTION_EVENT_UNSPECIFIED=0 EXECUTION_EVENT_UNSPECIFIED value
             * @property {number} EXECUTION_EVENT_COMPLETED=1 EXECUTION_EVENT_COMPLETED value
             * @property {number} EXECUTION_EVENT_FAILED=2 EXECUTION_EVENT_FAILED value
             * @property {number} EXECUTION_EVENT_FEEDBACK=3 EXECUTION_EVENT_FEEDBACK value
             * @property {number} EXECUTION_EVENT_PAUSED=4 EXECUTION_EVENT_PAUSED value
             * @property {number} EXECUTION_EVENT_RESUMED=5 EXECUTION_EVENT_RESUMED value
             * @property {number} EXECUTION_EVENT_STARTED=6 EXECUTION_EVENT_STARTED value
             * @property {number} EXECUTION_EVENT_STOPPED=7 EXECUTION_EVENT_STOPPED value
             */
            ProgramRunner.ExecutionEvent = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EXECUTION_EVENT_UNSPECIFIED"] = 0;
                values[valuesById[1] = "EXECUTION_EVENT_COMPLETED"] = 1;
                values[valuesById[2] = "EXECUTION_EVENT_FAILED"] = 2;
                values[valuesById[3] = "EXECUTION_EVENT_FEEDBACK"] = 3;
                values[valuesById[4] = "EXECUTION_EVENT_PAUSED"] = 4;
                values[valuesById[5] = "EXECUTION_EVENT_RESUMED"] = 5;
                values[valuesById[6] = "EXECUTION_EVENT_STARTED"] = 6;
                values[valuesById[7] = "EXECUTION_EVENT_STOPPED"] = 7;
                return values;
            })();

            /**
             * StateEventType enum.
             * @name Kinova.Api.ProgramRunner.StateEventType
             * @enum {number}
             * @property {number} STATE_EVENT_TYPE_UNSPECIFIED=0 STATE_EVENT_TYPE_UNSPECIFIED value
             * @property {number} STATE_EVENT_TYPE_ACTION_CONFIGURATION_INTERPOLATION=1 STATE_EVENT_TYPE_ACTION_CONFIGURATION_INTERPOLATION value
             * @property {number} STATE_EVENT_TYPE_ACTION_FAILURE=2 STATE_EVENT_TYPE_ACTION_FAILURE value
             * @property {number} STATE_EVENT_TYPE_ACTION_ENDED=3 STATE_EVENT_TYPE_ACTION_ENDED value
             * @property {number} STATE_EVENT_TYPE_ACTION_STARTED=4 STATE_EVENT_TYPE_ACTION_STARTED value
             * @property {number} STATE_EVENT_TYPE_ACTION_STATE_CHANGED=5 STATE_EVENT_TYPE_ACTION_STATE_CHANGED value
             * @property {number} STATE_EVENT_TYPE_ACTION_STATUS_CHANGED=6 STATE_EVENT_TYPE_ACTION_STATUS_CHANGED value
             * @property {number} STATE_EVENT_TYPE_HOOK=7 STATE_EVENT_TYPE_HOOK value
             * @property {number} STATE_EVENT_TYPE_PLUGIN_ACTION_COMPLETED=8 STATE_EVENT_TYPE_PLUGIN_ACTION_COMPLETED value
             * @property {number} STATE_EVENT_TYPE_PLUGIN_ACTION_CONFIRMATION=9 STATE_EVENT_TYPE_PLUGIN_ACTION_CONFIRMATION value
             * @property {number} STATE_EVENT_TYPE_SEQUENCER_FAILURE=10 STATE_EVENT_TYPE_SEQUENCER_FAILURE value
             * @property {number} STATE_EVENT_TYPE_VARIABLE_CHANGED=11 STATE_EVENT_TYPE_VARIABLE_CHANGED value
             */
            ProgramRunner.StateEventType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATE_EVENT_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATE_EVENT_TYPE_ACTION_CONFIGURATION_INTERPOLATION"] = 1;
                values[valuesById[2] = "STATE_EVENT_TYPE_ACTION_FAILURE"] = 2;
                values[valuesById[3] = "STATE_EVENT_TYPE_ACTION_ENDED"] = 3;
                values[valuesById[4] = "STATE_EVENT_TYPE_ACTION_STARTED"] = 4;
                values[valuesById[5] = "STATE_EVENT_TYPE_ACTION_STATE_CHANGED"] = 5;
                values[valuesById[6] = "STATE_EVENT_TYPE_ACTION_STATUS_CHANGED"] = 6;
                values[valuesById[7] = "STATE_EVENT_TYPE_HOOK"] = 7;
                values[valuesById[8] = "STATE_EVENT_TYPE_PLUGIN_ACTION_COMPLETED"] = 8;
                values[valuesById[9] = "STATE_EVENT_TYPE_PLUGIN_ACTION_CONFIRMATION"] = 9;
                values[valuesById[10] = "STATE_EVENT_TYPE_SEQUENCER_FAILURE"] = 10;
                values[valuesById[11] = "STATE_EVENT_TYPE_VARIABLE_CHANGED"] = 11;
                return values;
            })();

            ProgramRunner.RunnableHandle = (function() {

                /**
                 * Properties of a RunnableHandle.
                 * @typedef {Object} Kinova.Api.ProgramRunner.RunnableHandle.$Properties
                 * @property {Kinova.Api.Common.ActionHandle.$Properties|null} [actionHandle] RunnableHandle actionHandle
                 * @property {Kinova.Api.Common.ProgramHandle.$Properties|null} [programHandle] RunnableHandle programHandle
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RunnableHandle.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IRunnableHandle
                 * @augments Kinova.Api.ProgramRunner.RunnableHandle.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.RunnableHandle.$Properties instead.
                 */

                /**
                 * Shape of a RunnableHandle.
                 * @typedef {Kinova.Api.ProgramRunner.RunnableHandle.$Properties} Kinova.Api.ProgramRunner.RunnableHandle.$Shape
                 */

                /**
                 * Constructs a new RunnableHandle.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a RunnableHandle.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.RunnableHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RunnableHandle = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RunnableHandle actionHandle.
                 * @member {Kinova.Api.Common.ActionHandle.$Properties|null|undefined} actionHandle
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @instance
                 */
                RunnableHandle.prototype.actionHandle = null;

                /**
                 * RunnableHandle programHandle.
                 * @member {Kinova.Api.Common.ProgramHandle.$Properties|null|undefined} programHandle
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @instance
                 */
                RunnableHandle.prototype.programHandle = null;

                /**
                 * Creates a new RunnableHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @static
                 * @param {Kinova.Api.ProgramRunner.RunnableHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.RunnableHandle} RunnableHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.RunnableHandle.$Shape): Kinova.Api.ProgramRunner.RunnableHandle & Kinova.Api.ProgramRunner.RunnableHandle.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.RunnableHandle.$Properties): Kinova.Api.ProgramRunner.RunnableHandle;
                 * }}
                 */
                RunnableHandle.create = function(properties) {
                    return new RunnableHandle(properties);
                };

                /**
                 * Encodes the specified RunnableHandle message. Does not implicitly {@link Kinova.Api.ProgramRunner.RunnableHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @static
                 * @param {Kinova.Api.ProgramRunner.RunnableHandle.$Properties} message RunnableHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RunnableHandle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actionHandle != null && $Object.hasOwnProperty.call(message, "actionHandle"))
                        $root.Kinova.Api.Common.ActionHandle.encode(message.actionHandle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.programHandle != null && $Object.hasOwnProperty.call(message, "programHandle"))
                        $root.Kinova.Api.Common.ProgramHandle.encode(message.programHandle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RunnableHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.RunnableHandle & Kinova.Api.ProgramRunner.RunnableHandle.$Shape} RunnableHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RunnableHandle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.RunnableHandle();
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
                                message.actionHandle = $root.Kinova.Api.Common.ActionHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.actionHandle);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.programHandle = $root.Kinova.Api.Common.ProgramHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.programHandle);
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
                 * Verifies a RunnableHandle message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RunnableHandle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.actionHandle != null && $Object.hasOwnProperty.call(message, "actionHandle")) {
                        var error = $root.Kinova.Api.Common.ActionHandle.verify(message.actionHandle, _depth + 1);
                        if (error)
                            return "actionHandle." + error;
                    }
                    if (message.programHandle != null && $Object.hasOwnProperty.call(message, "programHandle")) {
                        var error = $root.Kinova.Api.Common.ProgramHandle.verify(message.programHandle, _depth + 1);
                        if (error)
                            return "programHandle." + error;
                    }
                    return null;
                };

                /**
                 * Creates a RunnableHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.RunnableHandle} RunnableHandle
                 */
                RunnableHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.RunnableHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.RunnableHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.RunnableHandle();
                    if (object.actionHandle != null) {
                        if (!$util.isObject(object.actionHandle))
                            throw $TypeError(".Kinova.Api.ProgramRunner.RunnableHandle.actionHandle: object expected");
                        message.actionHandle = $root.Kinova.Api.Common.ActionHandle.fromObject(object.actionHandle, _depth + 1);
                    }
                    if (object.programHandle != null) {
                        if (!$util.isObject(object.programHandle))
                            throw $TypeError(".Kinova.Api.ProgramRunner.RunnableHandle.programHandle: object expected");
                        message.programHandle = $root.Kinova.Api.Common.ProgramHandle.fromObject(object.programHandle, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RunnableHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @static
                 * @param {Kinova.Api.ProgramRunner.RunnableHandle} message RunnableHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RunnableHandle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.actionHandle = null;
                        object.programHandle = null;
                    }
                    if (message.actionHandle != null && $Object.hasOwnProperty.call(message, "actionHandle"))
                        object.actionHandle = $root.Kinova.Api.Common.ActionHandle.toObject(message.actionHandle, options, _depth + 1);
                    if (message.programHandle != null && $Object.hasOwnProperty.call(message, "programHandle"))
                        object.programHandle = $root.Kinova.Api.Common.ProgramHandle.toObject(message.programHandle, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RunnableHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RunnableHandle.prototype.toJSON = function() {
                    return RunnableHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RunnableHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.RunnableHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RunnableHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.RunnableHandle";
                };

                return RunnableHandle;
            })();

            ProgramRunner.ContextualizedActionHandle = (function() {

                /**
                 * Properties of a ContextualizedActionHandle.
                 * @typedef {Object} Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties
                 * @property {Kinova.Api.Common.ActionHandle.$Properties|null} [handle] ContextualizedActionHandle handle
                 * @property {Array.<number>|null} [contextActionIds] ContextualizedActionHandle contextActionIds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ContextualizedActionHandle.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IContextualizedActionHandle
                 * @augments Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties instead.
                 */

                /**
                 * Shape of a ContextualizedActionHandle.
                 * @typedef {Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties} Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape
                 */

                /**
                 * Constructs a new ContextualizedActionHandle.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a ContextualizedActionHandle.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ContextualizedActionHandle = function (properties) {
                    this.contextActionIds = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ContextualizedActionHandle handle.
                 * @member {Kinova.Api.Common.ActionHandle.$Properties|null|undefined} handle
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @instance
                 */
                ContextualizedActionHandle.prototype.handle = null;

                /**
                 * ContextualizedActionHandle contextActionIds.
                 * @member {Array.<number>} contextActionIds
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @instance
                 */
                ContextualizedActionHandle.prototype.contextActionIds = $util.emptyArray;

                /**
                 * Creates a new ContextualizedActionHandle instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedActionHandle} ContextualizedActionHandle instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape): Kinova.Api.ProgramRunner.ContextualizedActionHandle & Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties): Kinova.Api.ProgramRunner.ContextualizedActionHandle;
                 * }}
                 */
                ContextualizedActionHandle.create = function(properties) {
                    return new ContextualizedActionHandle(properties);
                };

                /**
                 * Encodes the specified ContextualizedActionHandle message. Does not implicitly {@link Kinova.Api.ProgramRunner.ContextualizedActionHandle.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties} message ContextualizedActionHandle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContextualizedActionHandle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        $root.Kinova.Api.Common.ActionHandle.encode(message.handle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.contextActionIds != null && message.contextActionIds.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.contextActionIds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ContextualizedActionHandle message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedActionHandle & Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape} ContextualizedActionHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContextualizedActionHandle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle();
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
                                message.handle = $root.Kinova.Api.Common.ActionHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.contextActionIds && message.contextActionIds.length))
                                        message.contextActionIds = [];
                                    reader.uint32s(message.contextActionIds);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.contextActionIds && message.contextActionIds.length))
                                    message.contextActionIds = [];
                                message.contextActionIds.push(reader.uint32());
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
                 * Verifies a ContextualizedActionHandle message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ContextualizedActionHandle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                        var error = $root.Kinova.Api.Common.ActionHandle.verify(message.handle, _depth + 1);
                        if (error)
                            return "handle." + error;
                    }
                    if (message.contextActionIds != null && $Object.hasOwnProperty.call(message, "contextActionIds")) {
                        if (!$Array.isArray(message.contextActionIds))
                            return "contextActionIds: array expected";
                        for (var i = 0; i < message.contextActionIds.length; ++i)
                            if (!$util.isInteger(message.contextActionIds[i]))
                                return "contextActionIds: integer[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a ContextualizedActionHandle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedActionHandle} ContextualizedActionHandle
                 */
                ContextualizedActionHandle.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.ContextualizedActionHandle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle();
                    if (object.handle != null) {
                        if (!$util.isObject(object.handle))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ContextualizedActionHandle.handle: object expected");
                        message.handle = $root.Kinova.Api.Common.ActionHandle.fromObject(object.handle, _depth + 1);
                    }
                    if (object.contextActionIds) {
                        if (!$Array.isArray(object.contextActionIds))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ContextualizedActionHandle.contextActionIds: array expected");
                        message.contextActionIds = $Array(object.contextActionIds.length);
                        for (var i = 0; i < object.contextActionIds.length; ++i)
                            message.contextActionIds[i] = object.contextActionIds[i] >>> 0;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ContextualizedActionHandle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ContextualizedActionHandle} message ContextualizedActionHandle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ContextualizedActionHandle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.contextActionIds = [];
                    if (options.defaults)
                        object.handle = null;
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = $root.Kinova.Api.Common.ActionHandle.toObject(message.handle, options, _depth + 1);
                    if (message.contextActionIds && message.contextActionIds.length) {
                        object.contextActionIds = $Array(message.contextActionIds.length);
                        for (var j = 0; j < message.contextActionIds.length; ++j)
                            object.contextActionIds[j] = message.contextActionIds[j];
                    }
                    return object;
                };

                /**
                 * Converts this ContextualizedActionHandle to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ContextualizedActionHandle.prototype.toJSON = function() {
                    return ContextualizedActionHandle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ContextualizedActionHandle
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedActionHandle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ContextualizedActionHandle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.ContextualizedActionHandle";
                };

                return ContextualizedActionHandle;
            })();

            ProgramRunner.ContextualizedRunnableHandles = (function() {

                /**
                 * Properties of a ContextualizedRunnableHandles.
                 * @typedef {Object} Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties
                 * @property {Array.<Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties>|null} [actionHandles] ContextualizedRunnableHandles actionHandles
                 * @property {Kinova.Api.Common.ProgramHandle.$Properties|null} [programHandle] ContextualizedRunnableHandles programHandle
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ContextualizedRunnableHandles.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IContextualizedRunnableHandles
                 * @augments Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties instead.
                 */

                /**
                 * Shape of a ContextualizedRunnableHandles.
                 * @typedef {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties} Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape
                 */

                /**
                 * Constructs a new ContextualizedRunnableHandles.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a ContextualizedRunnableHandles.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ContextualizedRunnableHandles = function (properties) {
                    this.actionHandles = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ContextualizedRunnableHandles actionHandles.
                 * @member {Array.<Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties>} actionHandles
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @instance
                 */
                ContextualizedRunnableHandles.prototype.actionHandles = $util.emptyArray;

                /**
                 * ContextualizedRunnableHandles programHandle.
                 * @member {Kinova.Api.Common.ProgramHandle.$Properties|null|undefined} programHandle
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @instance
                 */
                ContextualizedRunnableHandles.prototype.programHandle = null;

                /**
                 * Creates a new ContextualizedRunnableHandles instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles} ContextualizedRunnableHandles instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape): Kinova.Api.ProgramRunner.ContextualizedRunnableHandles & Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties): Kinova.Api.ProgramRunner.ContextualizedRunnableHandles;
                 * }}
                 */
                ContextualizedRunnableHandles.create = function(properties) {
                    return new ContextualizedRunnableHandles(properties);
                };

                /**
                 * Encodes the specified ContextualizedRunnableHandles message. Does not implicitly {@link Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties} message ContextualizedRunnableHandles message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContextualizedRunnableHandles.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actionHandles != null && message.actionHandles.length)
                        for (var i = 0; i < message.actionHandles.length; ++i)
                            $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.encode(message.actionHandles[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.programHandle != null && $Object.hasOwnProperty.call(message, "programHandle"))
                        $root.Kinova.Api.Common.ProgramHandle.encode(message.programHandle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ContextualizedRunnableHandles message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles & Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape} ContextualizedRunnableHandles
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContextualizedRunnableHandles.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles();
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
                                if (!(message.actionHandles && message.actionHandles.length))
                                    message.actionHandles = [];
                                message.actionHandles.push($root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.programHandle = $root.Kinova.Api.Common.ProgramHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.programHandle);
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
                 * Verifies a ContextualizedRunnableHandles message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ContextualizedRunnableHandles.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.actionHandles != null && $Object.hasOwnProperty.call(message, "actionHandles")) {
                        if (!$Array.isArray(message.actionHandles))
                            return "actionHandles: array expected";
                        for (var i = 0; i < message.actionHandles.length; ++i) {
                            var error = $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.verify(message.actionHandles[i], _depth + 1);
                            if (error)
                                return "actionHandles." + error;
                        }
                    }
                    if (message.programHandle != null && $Object.hasOwnProperty.call(message, "programHandle")) {
                        var error = $root.Kinova.Api.Common.ProgramHandle.verify(message.programHandle, _depth + 1);
                        if (error)
                            return "programHandle." + error;
                    }
                    return null;
                };

                /**
                 * Creates a ContextualizedRunnableHandles message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles} ContextualizedRunnableHandles
                 */
                ContextualizedRunnableHandles.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.ContextualizedRunnableHandles: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles();
                    if (object.actionHandles) {
                        if (!$Array.isArray(object.actionHandles))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.actionHandles: array expected");
                        message.actionHandles = $Array(object.actionHandles.length);
                        for (var i = 0; i < object.actionHandles.length; ++i) {
                            if (!$util.isObject(object.actionHandles[i]))
                                throw $TypeError(".Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.actionHandles: object expected");
                            message.actionHandles[i] = $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.fromObject(object.actionHandles[i], _depth + 1);
                        }
                    }
                    if (object.programHandle != null) {
                        if (!$util.isObject(object.programHandle))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.programHandle: object expected");
                        message.programHandle = $root.Kinova.Api.Common.ProgramHandle.fromObject(object.programHandle, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ContextualizedRunnableHandles message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles} message ContextualizedRunnableHandles
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ContextualizedRunnableHandles.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.actionHandles = [];
                    if (options.defaults)
                        object.programHandle = null;
                    if (message.actionHandles && message.actionHandles.length) {
                        object.actionHandles = $Array(message.actionHandles.length);
                        for (var j = 0; j < message.actionHandles.length; ++j)
                            object.actionHandles[j] = $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.toObject(message.actionHandles[j], options, _depth + 1);
                    }
                    if (message.programHandle != null && $Object.hasOwnProperty.call(message, "programHandle"))
                        object.programHandle = $root.Kinova.Api.Common.ProgramHandle.toObject(message.programHandle, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ContextualizedRunnableHandles to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ContextualizedRunnableHandles.prototype.toJSON = function() {
                    return ContextualizedRunnableHandles.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ContextualizedRunnableHandles
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.ContextualizedRunnableHandles
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ContextualizedRunnableHandles.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.ContextualizedRunnableHandles";
                };

                return ContextualizedRunnableHandles;
            })();

            ProgramRunner.ProgramStartConfiguration = (function() {

                /**
                 * Properties of a ProgramStartConfiguration.
                 * @typedef {Object} Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties
                 * @property {boolean|null} [debugMode] ProgramStartConfiguration debugMode
                 * @property {Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null} [handle] ProgramStartConfiguration handle
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProgramStartConfiguration.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IProgramStartConfiguration
                 * @augments Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties instead.
                 */

                /**
                 * Shape of a ProgramStartConfiguration.
                 * @typedef {Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties} Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape
                 */

                /**
                 * Constructs a new ProgramStartConfiguration.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a ProgramStartConfiguration.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ProgramStartConfiguration = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProgramStartConfiguration debugMode.
                 * @member {boolean} debugMode
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @instance
                 */
                ProgramStartConfiguration.prototype.debugMode = false;

                /**
                 * ProgramStartConfiguration handle.
                 * @member {Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null|undefined} handle
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @instance
                 */
                ProgramStartConfiguration.prototype.handle = null;

                /**
                 * Creates a new ProgramStartConfiguration instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.ProgramStartConfiguration} ProgramStartConfiguration instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape): Kinova.Api.ProgramRunner.ProgramStartConfiguration & Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties): Kinova.Api.ProgramRunner.ProgramStartConfiguration;
                 * }}
                 */
                ProgramStartConfiguration.create = function(properties) {
                    return new ProgramStartConfiguration(properties);
                };

                /**
                 * Encodes the specified ProgramStartConfiguration message. Does not implicitly {@link Kinova.Api.ProgramRunner.ProgramStartConfiguration.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties} message ProgramStartConfiguration message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProgramStartConfiguration.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.debugMode != null && $Object.hasOwnProperty.call(message, "debugMode") && message.debugMode !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.debugMode);
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        $root.Kinova.Api.ProgramRunner.RunnableHandle.encode(message.handle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProgramStartConfiguration message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ProgramStartConfiguration & Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape} ProgramStartConfiguration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProgramStartConfiguration.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.ProgramStartConfiguration();
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
                                    message.debugMode = value;
                                else
                                    delete message.debugMode;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.handle = $root.Kinova.Api.ProgramRunner.RunnableHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
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
                 * Verifies a ProgramStartConfiguration message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProgramStartConfiguration.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.debugMode != null && $Object.hasOwnProperty.call(message, "debugMode"))
                        if (typeof message.debugMode !== "boolean")
                            return "debugMode: boolean expected";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                        var error = $root.Kinova.Api.ProgramRunner.RunnableHandle.verify(message.handle, _depth + 1);
                        if (error)
                            return "handle." + error;
                    }
                    return null;
                };

                /**
                 * Creates a ProgramStartConfiguration message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.ProgramStartConfiguration} ProgramStartConfiguration
                 */
                ProgramStartConfiguration.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.ProgramStartConfiguration)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.ProgramStartConfiguration: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.ProgramStartConfiguration();
                    if (object.debugMode != null)
                        if (object.debugMode)
                            message.debugMode = $Boolean(object.debugMode);
                    if (object.handle != null) {
                        if (!$util.isObject(object.handle))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ProgramStartConfiguration.handle: object expected");
                        message.handle = $root.Kinova.Api.ProgramRunner.RunnableHandle.fromObject(object.handle, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ProgramStartConfiguration message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ProgramStartConfiguration} message ProgramStartConfiguration
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProgramStartConfiguration.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.debugMode = false;
                        object.handle = null;
                    }
                    if (message.debugMode != null && $Object.hasOwnProperty.call(message, "debugMode"))
                        object.debugMode = message.debugMode;
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = $root.Kinova.Api.ProgramRunner.RunnableHandle.toObject(message.handle, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ProgramStartConfiguration to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProgramStartConfiguration.prototype.toJSON = function() {
                    return ProgramStartConfiguration.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProgramStartConfiguration
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.ProgramStartConfiguration
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProgramStartConfiguration.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.ProgramStartConfiguration";
                };

                return ProgramStartConfiguration;
            })();

            ProgramRunner.StatusInformation = (function() {

                /**
                 * Properties of a StatusInformation.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StatusInformation.$Properties
                 * @property {Kinova.Api.ProgramRunner.Status|null} [status] StatusInformation status
                 * @property {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties|null} [currentHandles] StatusInformation currentHandles
                 * @property {Kinova.Api.Common.OperatingModeType|null} [startOperatingMode] StatusInformation startOperatingMode
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusInformation.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStatusInformation
                 * @augments Kinova.Api.ProgramRunner.StatusInformation.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StatusInformation.$Properties instead.
                 */

                /**
                 * Shape of a StatusInformation.
                 * @typedef {Kinova.Api.ProgramRunner.StatusInformation.$Properties} Kinova.Api.ProgramRunner.StatusInformation.$Shape
                 */

                /**
                 * Constructs a new StatusInformation.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StatusInformation.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StatusInformation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StatusInformation = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatusInformation status.
                 * @member {Kinova.Api.ProgramRunner.Status} status
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @instance
                 */
                StatusInformation.prototype.status = 0;

                /**
                 * StatusInformation currentHandles.
                 * @member {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties|null|undefined} currentHandles
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @instance
                 */
                StatusInformation.prototype.currentHandles = null;

                /**
                 * StatusInformation startOperatingMode.
                 * @member {Kinova.Api.Common.OperatingModeType} startOperatingMode
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @instance
                 */
                StatusInformation.prototype.startOperatingMode = 0;

                /**
                 * Creates a new StatusInformation instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StatusInformation.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StatusInformation} StatusInformation instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StatusInformation.$Shape): Kinova.Api.ProgramRunner.StatusInformation & Kinova.Api.ProgramRunner.StatusInformation.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StatusInformation.$Properties): Kinova.Api.ProgramRunner.StatusInformation;
                 * }}
                 */
                StatusInformation.create = function(properties) {
                    return new StatusInformation(properties);
                };

                /**
                 * Encodes the specified StatusInformation message. Does not implicitly {@link Kinova.Api.ProgramRunner.StatusInformation.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StatusInformation.$Properties} message StatusInformation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusInformation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.currentHandles != null && $Object.hasOwnProperty.call(message, "currentHandles"))
                        $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.encode(message.currentHandles, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.startOperatingMode != null && $Object.hasOwnProperty.call(message, "startOperatingMode") && message.startOperatingMode !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.startOperatingMode);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StatusInformation message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StatusInformation & Kinova.Api.ProgramRunner.StatusInformation.$Shape} StatusInformation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusInformation.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StatusInformation();
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
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.currentHandles = $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.decode(reader, reader.size(), $undefined, _depth + 1, message.currentHandles);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.startOperatingMode = value;
                                else
                                    delete message.startOperatingMode;
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
                 * Verifies a StatusInformation message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatusInformation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.currentHandles != null && $Object.hasOwnProperty.call(message, "currentHandles")) {
                        var error = $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.verify(message.currentHandles, _depth + 1);
                        if (error)
                            return "currentHandles." + error;
                    }
                    if (message.startOperatingMode != null && $Object.hasOwnProperty.call(message, "startOperatingMode"))
                        if (typeof message.startOperatingMode !== "number" || (message.startOperatingMode | 0) !== message.startOperatingMode)
                            return "startOperatingMode: enum value expected";
                    return null;
                };

                /**
                 * Creates a StatusInformation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StatusInformation} StatusInformation
                 */
                StatusInformation.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StatusInformation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StatusInformation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StatusInformation();
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.Kinova.Api.ProgramRunner.Status[object.status] !== 0))
                        switch (object.status) {
                        case "STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "STATUS_IDLE":
                        case 1:
                            message.status = 1;
                            break;
                        case "STATUS_RUNNING":
                        case 2:
                            message.status = 2;
                            break;
                        case "STATUS_PAUSED":
                        case 3:
                            message.status = 3;
                            break;
                        case "STATUS_STARTING":
                        case 4:
                            message.status = 4;
                            break;
                        case "STATUS_STOPPING":
                        case 5:
                            message.status = 5;
                            break;
                        case "STATUS_PAUSED_AUTOMATIC_RESUME":
                        case 6:
                            message.status = 6;
                            break;
                        case "STATUS_WAITING_FOR_ACKNOWLEDGE":
                        case 7:
                            message.status = 7;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.currentHandles != null) {
                        if (!$util.isObject(object.currentHandles))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StatusInformation.currentHandles: object expected");
                        message.currentHandles = $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.fromObject(object.currentHandles, _depth + 1);
                    }
                    if (object.startOperatingMode !== 0 && (typeof object.startOperatingMode !== "string" || $root.Kinova.Api.Common.OperatingModeType[object.startOperatingMode] !== 0))
                        switch (object.startOperatingMode) {
                        case "OPERATING_MODE_UNSPECIFIED":
                        case 0:
                            message.startOperatingMode = 0;
                            break;
                        case "OPERATING_MODE_JOG_MANUAL":
                        case 1:
                            message.startOperatingMode = 1;
                            break;
                        case "OPERATING_MODE_HAND_GUIDING":
                        case 2:
                            message.startOperatingMode = 2;
                            break;
                        case "OPERATING_MODE_HOLD_TO_RUN":
                        case 3:
                            message.startOperatingMode = 3;
                            break;
                        case "OPERATING_MODE_AUTO":
                        case 4:
                            message.startOperatingMode = 4;
                            break;
                        case "OPERATING_MODE_MONITORED_STOP":
                        case 5:
                            message.startOperatingMode = 5;
                            break;
                        default:
                            if (typeof object.startOperatingMode === "number" && (object.startOperatingMode | 0) === object.startOperatingMode)
                                message.startOperatingMode = object.startOperatingMode;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a StatusInformation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StatusInformation} message StatusInformation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatusInformation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                        object.currentHandles = null;
                        object.startOperatingMode = options.enums === $String ? "OPERATING_MODE_UNSPECIFIED" : 0;
                    }
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.Kinova.Api.ProgramRunner.Status[message.status] === $undefined ? message.status : $root.Kinova.Api.ProgramRunner.Status[message.status] : message.status;
                    if (message.currentHandles != null && $Object.hasOwnProperty.call(message, "currentHandles"))
                        object.currentHandles = $root.Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.toObject(message.currentHandles, options, _depth + 1);
                    if (message.startOperatingMode != null && $Object.hasOwnProperty.call(message, "startOperatingMode"))
                        object.startOperatingMode = options.enums === $String ? $root.Kinova.Api.Common.OperatingModeType[message.startOperatingMode] === $undefined ? message.startOperatingMode : $root.Kinova.Api.Common.OperatingModeType[message.startOperatingMode] : message.startOperatingMode;
                    return object;
                };

                /**
                 * Converts this StatusInformation to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusInformation.prototype.toJSON = function() {
                    return StatusInformation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatusInformation
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StatusInformation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatusInformation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StatusInformation";
                };

                return StatusInformation;
            })();

            ProgramRunner.StatusChangeNotification = (function() {

                /**
                 * Properties of a StatusChangeNotification.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties
                 * @property {Kinova.Api.ProgramRunner.StatusInformation.$Properties|null} [statusInfo] StatusChangeNotification statusInfo
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] StatusChangeNotification timestamp
                 * @property {Kinova.Api.Common.Connection.$Properties|null} [connection] StatusChangeNotification connection
                 * @property {Kinova.Api.Common.NotificationInformation.$Properties|null} [genericInfo] StatusChangeNotification genericInfo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusChangeNotification.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStatusChangeNotification
                 * @augments Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties instead.
                 */

                /**
                 * Shape of a StatusChangeNotification.
                 * @typedef {Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties} Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape
                 */

                /**
                 * Constructs a new StatusChangeNotification.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StatusChangeNotification.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StatusChangeNotification = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatusChangeNotification statusInfo.
                 * @member {Kinova.Api.ProgramRunner.StatusInformation.$Properties|null|undefined} statusInfo
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @instance
                 */
                StatusChangeNotification.prototype.statusInfo = null;

                /**
                 * StatusChangeNotification timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @instance
                 */
                StatusChangeNotification.prototype.timestamp = null;

                /**
                 * StatusChangeNotification connection.
                 * @member {Kinova.Api.Common.Connection.$Properties|null|undefined} connection
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @instance
                 */
                StatusChangeNotification.prototype.connection = null;

                /**
                 * StatusChangeNotification genericInfo.
                 * @member {Kinova.Api.Common.NotificationInformation.$Properties|null|undefined} genericInfo
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @instance
                 */
                StatusChangeNotification.prototype.genericInfo = null;

                /**
                 * Creates a new StatusChangeNotification instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StatusChangeNotification} StatusChangeNotification instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape): Kinova.Api.ProgramRunner.StatusChangeNotification & Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties): Kinova.Api.ProgramRunner.StatusChangeNotification;
                 * }}
                 */
                StatusChangeNotification.create = function(properties) {
                    return new StatusChangeNotification(properties);
                };

                /**
                 * Encodes the specified StatusChangeNotification message. Does not implicitly {@link Kinova.Api.ProgramRunner.StatusChangeNotification.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties} message StatusChangeNotification message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusChangeNotification.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.statusInfo != null && $Object.hasOwnProperty.call(message, "statusInfo"))
                        $root.Kinova.Api.ProgramRunner.StatusInformation.encode(message.statusInfo, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.timestamp, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        $root.Kinova.Api.Common.Connection.encode(message.connection, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        $root.Kinova.Api.Common.NotificationInformation.encode(message.genericInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StatusChangeNotification message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StatusChangeNotification & Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape} StatusChangeNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusChangeNotification.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StatusChangeNotification();
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
                                message.statusInfo = $root.Kinova.Api.ProgramRunner.StatusInformation.decode(reader, reader.size(), $undefined, _depth + 1, message.statusInfo);
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
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.decode(reader, reader.size(), $undefined, _depth + 1, message.genericInfo);
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
                 * Verifies a StatusChangeNotification message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatusChangeNotification.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.statusInfo != null && $Object.hasOwnProperty.call(message, "statusInfo")) {
                        var error = $root.Kinova.Api.ProgramRunner.StatusInformation.verify(message.statusInfo, _depth + 1);
                        if (error)
                            return "statusInfo." + error;
                    }
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
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo")) {
                        var error = $root.Kinova.Api.Common.NotificationInformation.verify(message.genericInfo, _depth + 1);
                        if (error)
                            return "genericInfo." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StatusChangeNotification message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StatusChangeNotification} StatusChangeNotification
                 */
                StatusChangeNotification.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StatusChangeNotification)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StatusChangeNotification: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StatusChangeNotification();
                    if (object.statusInfo != null) {
                        if (!$util.isObject(object.statusInfo))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StatusChangeNotification.statusInfo: object expected");
                        message.statusInfo = $root.Kinova.Api.ProgramRunner.StatusInformation.fromObject(object.statusInfo, _depth + 1);
                    }
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StatusChangeNotification.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.connection != null) {
                        if (!$util.isObject(object.connection))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StatusChangeNotification.connection: object expected");
                        message.connection = $root.Kinova.Api.Common.Connection.fromObject(object.connection, _depth + 1);
                    }
                    if (object.genericInfo != null) {
                        if (!$util.isObject(object.genericInfo))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StatusChangeNotification.genericInfo: object expected");
                        message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.fromObject(object.genericInfo, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StatusChangeNotification message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StatusChangeNotification} message StatusChangeNotification
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatusChangeNotification.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.statusInfo = null;
                        object.timestamp = null;
                        object.connection = null;
                        object.genericInfo = null;
                    }
                    if (message.statusInfo != null && $Object.hasOwnProperty.call(message, "statusInfo"))
                        object.statusInfo = $root.Kinova.Api.ProgramRunner.StatusInformation.toObject(message.statusInfo, options, _depth + 1);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        object.genericInfo = $root.Kinova.Api.Common.NotificationInformation.toObject(message.genericInfo, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StatusChangeNotification to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusChangeNotification.prototype.toJSON = function() {
                    return StatusChangeNotification.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatusChangeNotification
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StatusChangeNotification
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatusChangeNotification.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StatusChangeNotification";
                };

                return StatusChangeNotification;
            })();

            ProgramRunner.ExecutionEventNotification = (function() {

                /**
                 * Properties of an ExecutionEventNotification.
                 * @typedef {Object} Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties
                 * @property {Kinova.Api.ProgramRunner.ExecutionEvent|null} [event] ExecutionEventNotification event
                 * @property {Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null} [handle] ExecutionEventNotification handle
                 * @property {string|null} [payload] ExecutionEventNotification payload
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] ExecutionEventNotification timestamp
                 * @property {Kinova.Api.Common.Connection.$Properties|null} [connection] ExecutionEventNotification connection
                 * @property {Kinova.Api.Common.NotificationInformation.$Properties|null} [genericInfo] ExecutionEventNotification genericInfo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExecutionEventNotification.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IExecutionEventNotification
                 * @augments Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties instead.
                 */

                /**
                 * Shape of an ExecutionEventNotification.
                 * @typedef {Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties} Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape
                 */

                /**
                 * Constructs a new ExecutionEventNotification.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents an ExecutionEventNotification.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ExecutionEventNotification = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExecutionEventNotification event.
                 * @member {Kinova.Api.ProgramRunner.ExecutionEvent} event
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @instance
                 */
                ExecutionEventNotification.prototype.event = 0;

                /**
                 * ExecutionEventNotification handle.
                 * @member {Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null|undefined} handle
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @instance
                 */
                ExecutionEventNotification.prototype.handle = null;

                /**
                 * ExecutionEventNotification payload.
                 * @member {string} payload
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @instance
                 */
                ExecutionEventNotification.prototype.payload = "";

                /**
                 * ExecutionEventNotification timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @instance
                 */
                ExecutionEventNotification.prototype.timestamp = null;

                /**
                 * ExecutionEventNotification connection.
                 * @member {Kinova.Api.Common.Connection.$Properties|null|undefined} connection
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @instance
                 */
                ExecutionEventNotification.prototype.connection = null;

                /**
                 * ExecutionEventNotification genericInfo.
                 * @member {Kinova.Api.Common.NotificationInformation.$Properties|null|undefined} genericInfo
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @instance
                 */
                ExecutionEventNotification.prototype.genericInfo = null;

                /**
                 * Creates a new ExecutionEventNotification instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.ExecutionEventNotification} ExecutionEventNotification instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape): Kinova.Api.ProgramRunner.ExecutionEventNotification & Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties): Kinova.Api.ProgramRunner.ExecutionEventNotification;
                 * }}
                 */
                ExecutionEventNotification.create = function(properties) {
                    return new ExecutionEventNotification(properties);
                };

                /**
                 * Encodes the specified ExecutionEventNotification message. Does not implicitly {@link Kinova.Api.ProgramRunner.ExecutionEventNotification.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties} message ExecutionEventNotification message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecutionEventNotification.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.event);
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        $root.Kinova.Api.ProgramRunner.RunnableHandle.encode(message.handle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.payload);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.timestamp, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        $root.Kinova.Api.Common.Connection.encode(message.connection, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        $root.Kinova.Api.Common.NotificationInformation.encode(message.genericInfo, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ExecutionEventNotification message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ExecutionEventNotification & Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape} ExecutionEventNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecutionEventNotification.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.ExecutionEventNotification();
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
                                    message.event = value;
                                else
                                    delete message.event;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.handle = $root.Kinova.Api.ProgramRunner.RunnableHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp = $root.Kinova.Api.Common.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.connection = $root.Kinova.Api.Common.Connection.decode(reader, reader.size(), $undefined, _depth + 1, message.connection);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.decode(reader, reader.size(), $undefined, _depth + 1, message.genericInfo);
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
                 * Verifies an ExecutionEventNotification message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ExecutionEventNotification.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        if (typeof message.event !== "number" || (message.event | 0) !== message.event)
                            return "event: enum value expected";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                        var error = $root.Kinova.Api.ProgramRunner.RunnableHandle.verify(message.handle, _depth + 1);
                        if (error)
                            return "handle." + error;
                    }
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        if (!$util.isString(message.payload))
                            return "payload: string expected";
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
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo")) {
                        var error = $root.Kinova.Api.Common.NotificationInformation.verify(message.genericInfo, _depth + 1);
                        if (error)
                            return "genericInfo." + error;
                    }
                    return null;
                };

                /**
                 * Creates an ExecutionEventNotification message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.ExecutionEventNotification} ExecutionEventNotification
                 */
                ExecutionEventNotification.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.ExecutionEventNotification)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.ExecutionEventNotification: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.ExecutionEventNotification();
                    if (object.event !== 0 && (typeof object.event !== "string" || $root.Kinova.Api.ProgramRunner.ExecutionEvent[object.event] !== 0))
                        switch (object.event) {
                        case "EXECUTION_EVENT_UNSPECIFIED":
                        case 0:
                            message.event = 0;
                            break;
                        case "EXECUTION_EVENT_COMPLETED":
                        case 1:
                            message.event = 1;
                            break;
                        case "EXECUTION_EVENT_FAILED":
                        case 2:
                            message.event = 2;
                            break;
                        case "EXECUTION_EVENT_FEEDBACK":
                        case 3:
                            message.event = 3;
                            break;
                        case "EXECUTION_EVENT_PAUSED":
                        case 4:
                            message.event = 4;
                            break;
                        case "EXECUTION_EVENT_RESUMED":
                        case 5:
                            message.event = 5;
                            break;
                        case "EXECUTION_EVENT_STARTED":
                        case 6:
                            message.event = 6;
                            break;
                        case "EXECUTION_EVENT_STOPPED":
                        case 7:
                            message.event = 7;
                            break;
                        default:
                            if (typeof object.event === "number" && (object.event | 0) === object.event)
                                message.event = object.event;
                        }
                    if (object.handle != null) {
                        if (!$util.isObject(object.handle))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ExecutionEventNotification.handle: object expected");
                        message.handle = $root.Kinova.Api.ProgramRunner.RunnableHandle.fromObject(object.handle, _depth + 1);
                    }
                    if (object.payload != null)
                        if (typeof object.payload !== "string" || object.payload.length)
                            message.payload = $String(object.payload);
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ExecutionEventNotification.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.connection != null) {
                        if (!$util.isObject(object.connection))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ExecutionEventNotification.connection: object expected");
                        message.connection = $root.Kinova.Api.Common.Connection.fromObject(object.connection, _depth + 1);
                    }
                    if (object.genericInfo != null) {
                        if (!$util.isObject(object.genericInfo))
                            throw $TypeError(".Kinova.Api.ProgramRunner.ExecutionEventNotification.genericInfo: object expected");
                        message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.fromObject(object.genericInfo, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ExecutionEventNotification message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.ExecutionEventNotification} message ExecutionEventNotification
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExecutionEventNotification.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.event = options.enums === $String ? "EXECUTION_EVENT_UNSPECIFIED" : 0;
                        object.handle = null;
                        object.payload = "";
                        object.timestamp = null;
                        object.connection = null;
                        object.genericInfo = null;
                    }
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        object.event = options.enums === $String ? $root.Kinova.Api.ProgramRunner.ExecutionEvent[message.event] === $undefined ? message.event : $root.Kinova.Api.ProgramRunner.ExecutionEvent[message.event] : message.event;
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = $root.Kinova.Api.ProgramRunner.RunnableHandle.toObject(message.handle, options, _depth + 1);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = message.payload;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        object.genericInfo = $root.Kinova.Api.Common.NotificationInformation.toObject(message.genericInfo, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ExecutionEventNotification to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExecutionEventNotification.prototype.toJSON = function() {
                    return ExecutionEventNotification.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExecutionEventNotification
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.ExecutionEventNotification
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExecutionEventNotification.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.ExecutionEventNotification";
                };

                return ExecutionEventNotification;
            })();

            ProgramRunner.VariableState = (function() {

                /**
                 * Properties of a VariableState.
                 * @typedef {Object} Kinova.Api.ProgramRunner.VariableState.$Properties
                 * @property {string|null} [identifier] VariableState identifier
                 * @property {string|null} [value] VariableState value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VariableState.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IVariableState
                 * @augments Kinova.Api.ProgramRunner.VariableState.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.VariableState.$Properties instead.
                 */

                /**
                 * Shape of a VariableState.
                 * @typedef {Kinova.Api.ProgramRunner.VariableState.$Properties} Kinova.Api.ProgramRunner.VariableState.$Shape
                 */

                /**
                 * Constructs a new VariableState.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a VariableState.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.VariableState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var VariableState = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * VariableState identifier.
                 * @member {string} identifier
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @instance
                 */
                VariableState.prototype.identifier = "";

                /**
                 * VariableState value.
                 * @member {string} value
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @instance
                 */
                VariableState.prototype.value = "";

                /**
                 * Creates a new VariableState instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @static
                 * @param {Kinova.Api.ProgramRunner.VariableState.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.VariableState} VariableState instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.VariableState.$Shape): Kinova.Api.ProgramRunner.VariableState & Kinova.Api.ProgramRunner.VariableState.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.VariableState.$Properties): Kinova.Api.ProgramRunner.VariableState;
                 * }}
                 */
                VariableState.create = function(properties) {
                    return new VariableState(properties);
                };

                /**
                 * Encodes the specified VariableState message. Does not implicitly {@link Kinova.Api.ProgramRunner.VariableState.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @static
                 * @param {Kinova.Api.ProgramRunner.VariableState.$Properties} message VariableState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VariableState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.identifier);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VariableState message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.VariableState & Kinova.Api.ProgramRunner.VariableState.$Shape} VariableState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VariableState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.VariableState();
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
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
                 * Verifies a VariableState message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                VariableState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        if (!$util.isString(message.identifier))
                            return "identifier: string expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    return null;
                };

                /**
                 * Creates a VariableState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.VariableState} VariableState
                 */
                VariableState.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.VariableState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.VariableState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.VariableState();
                    if (object.identifier != null)
                        if (typeof object.identifier !== "string" || object.identifier.length)
                            message.identifier = $String(object.identifier);
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    return message;
                };

                /**
                 * Creates a plain object from a VariableState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @static
                 * @param {Kinova.Api.ProgramRunner.VariableState} message VariableState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                VariableState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.identifier = "";
                        object.value = "";
                    }
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        object.identifier = message.identifier;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    return object;
                };

                /**
                 * Converts this VariableState to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                VariableState.prototype.toJSON = function() {
                    return VariableState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for VariableState
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.VariableState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                VariableState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.VariableState";
                };

                return VariableState;
            })();

            ProgramRunner.StateEvent = (function() {

                /**
                 * Properties of a StateEvent.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StateEvent.$Properties
                 * @property {string|null} [payload] StateEvent payload
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] StateEvent timestamp
                 * @property {Kinova.Api.ProgramRunner.StateEventType|null} [type] StateEvent type
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateEvent.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStateEvent
                 * @augments Kinova.Api.ProgramRunner.StateEvent.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StateEvent.$Properties instead.
                 */

                /**
                 * Shape of a StateEvent.
                 * @typedef {Kinova.Api.ProgramRunner.StateEvent.$Properties} Kinova.Api.ProgramRunner.StateEvent.$Shape
                 */

                /**
                 * Constructs a new StateEvent.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StateEvent.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StateEvent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateEvent = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateEvent payload.
                 * @member {string} payload
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @instance
                 */
                StateEvent.prototype.payload = "";

                /**
                 * StateEvent timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @instance
                 */
                StateEvent.prototype.timestamp = null;

                /**
                 * StateEvent type.
                 * @member {Kinova.Api.ProgramRunner.StateEventType} type
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @instance
                 */
                StateEvent.prototype.type = 0;

                /**
                 * Creates a new StateEvent instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateEvent.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StateEvent} StateEvent instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StateEvent.$Shape): Kinova.Api.ProgramRunner.StateEvent & Kinova.Api.ProgramRunner.StateEvent.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StateEvent.$Properties): Kinova.Api.ProgramRunner.StateEvent;
                 * }}
                 */
                StateEvent.create = function(properties) {
                    return new StateEvent(properties);
                };

                /**
                 * Encodes the specified StateEvent message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateEvent.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateEvent.$Properties} message StateEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.payload);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.timestamp, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateEvent & Kinova.Api.ProgramRunner.StateEvent.$Shape} StateEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateEvent.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StateEvent();
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
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp = $root.Kinova.Api.Common.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
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
                 * Verifies a StateEvent message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateEvent.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        if (!$util.isString(message.payload))
                            return "payload: string expected";
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        var error = $root.Kinova.Api.Common.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    return null;
                };

                /**
                 * Creates a StateEvent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StateEvent} StateEvent
                 */
                StateEvent.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StateEvent)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StateEvent: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StateEvent();
                    if (object.payload != null)
                        if (typeof object.payload !== "string" || object.payload.length)
                            message.payload = $String(object.payload);
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateEvent.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.Kinova.Api.ProgramRunner.StateEventType[object.type] !== 0))
                        switch (object.type) {
                        case "STATE_EVENT_TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "STATE_EVENT_TYPE_ACTION_CONFIGURATION_INTERPOLATION":
                        case 1:
                            message.type = 1;
                            break;
                        case "STATE_EVENT_TYPE_ACTION_FAILURE":
                        case 2:
                            message.type = 2;
                            break;
                        case "STATE_EVENT_TYPE_ACTION_ENDED":
                        case 3:
                            message.type = 3;
                            break;
                        case "STATE_EVENT_TYPE_ACTION_STARTED":
                        case 4:
                            message.type = 4;
                            break;
                        case "STATE_EVENT_TYPE_ACTION_STATE_CHANGED":
                        case 5:
                            message.type = 5;
                            break;
                        case "STATE_EVENT_TYPE_ACTION_STATUS_CHANGED":
                        case 6:
                            message.type = 6;
                            break;
                        case "STATE_EVENT_TYPE_HOOK":
                        case 7:
                            message.type = 7;
                            break;
                        case "STATE_EVENT_TYPE_PLUGIN_ACTION_COMPLETED":
                        case 8:
                            message.type = 8;
                            break;
                        case "STATE_EVENT_TYPE_PLUGIN_ACTION_CONFIRMATION":
                        case 9:
                            message.type = 9;
                            break;
                        case "STATE_EVENT_TYPE_SEQUENCER_FAILURE":
                        case 10:
                            message.type = 10;
                            break;
                        case "STATE_EVENT_TYPE_VARIABLE_CHANGED":
                        case 11:
                            message.type = 11;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a StateEvent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateEvent} message StateEvent
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateEvent.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.payload = "";
                        object.timestamp = null;
                        object.type = options.enums === $String ? "STATE_EVENT_TYPE_UNSPECIFIED" : 0;
                    }
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = message.payload;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.Kinova.Api.ProgramRunner.StateEventType[message.type] === $undefined ? message.type : $root.Kinova.Api.ProgramRunner.StateEventType[message.type] : message.type;
                    return object;
                };

                /**
                 * Converts this StateEvent to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateEvent.prototype.toJSON = function() {
                    return StateEvent.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateEvent
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StateEvent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateEvent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StateEvent";
                };

                return StateEvent;
            })();

            ProgramRunner.StateActionSnapshot = (function() {

                /**
                 * Properties of a StateActionSnapshot.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties
                 * @property {string|null} [state] StateActionSnapshot state
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] StateActionSnapshot timestamp
                 * @property {Array.<Kinova.Api.ProgramRunner.VariableState.$Properties>|null} [variables] StateActionSnapshot variables
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateActionSnapshot.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStateActionSnapshot
                 * @augments Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties instead.
                 */

                /**
                 * Shape of a StateActionSnapshot.
                 * @typedef {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties} Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape
                 */

                /**
                 * Constructs a new StateActionSnapshot.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StateActionSnapshot.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateActionSnapshot = function (properties) {
                    this.variables = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateActionSnapshot state.
                 * @member {string} state
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @instance
                 */
                StateActionSnapshot.prototype.state = "";

                /**
                 * StateActionSnapshot timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @instance
                 */
                StateActionSnapshot.prototype.timestamp = null;

                /**
                 * StateActionSnapshot variables.
                 * @member {Array.<Kinova.Api.ProgramRunner.VariableState.$Properties>} variables
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @instance
                 */
                StateActionSnapshot.prototype.variables = $util.emptyArray;

                /**
                 * Creates a new StateActionSnapshot instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StateActionSnapshot} StateActionSnapshot instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape): Kinova.Api.ProgramRunner.StateActionSnapshot & Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties): Kinova.Api.ProgramRunner.StateActionSnapshot;
                 * }}
                 */
                StateActionSnapshot.create = function(properties) {
                    return new StateActionSnapshot(properties);
                };

                /**
                 * Encodes the specified StateActionSnapshot message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateActionSnapshot.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties} message StateActionSnapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateActionSnapshot.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.state);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.timestamp, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.variables != null && message.variables.length)
                        for (var i = 0; i < message.variables.length; ++i)
                            $root.Kinova.Api.ProgramRunner.VariableState.encode(message.variables[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateActionSnapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateActionSnapshot & Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape} StateActionSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateActionSnapshot.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StateActionSnapshot();
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
                                    message.state = value;
                                else
                                    delete message.state;
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
                                if (!(message.variables && message.variables.length))
                                    message.variables = [];
                                message.variables.push($root.Kinova.Api.ProgramRunner.VariableState.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Verifies a StateActionSnapshot message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateActionSnapshot.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        if (!$util.isString(message.state))
                            return "state: string expected";
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        var error = $root.Kinova.Api.Common.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                    if (message.variables != null && $Object.hasOwnProperty.call(message, "variables")) {
                        if (!$Array.isArray(message.variables))
                            return "variables: array expected";
                        for (var i = 0; i < message.variables.length; ++i) {
                            var error = $root.Kinova.Api.ProgramRunner.VariableState.verify(message.variables[i], _depth + 1);
                            if (error)
                                return "variables." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a StateActionSnapshot message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StateActionSnapshot} StateActionSnapshot
                 */
                StateActionSnapshot.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StateActionSnapshot)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StateActionSnapshot: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StateActionSnapshot();
                    if (object.state != null)
                        if (typeof object.state !== "string" || object.state.length)
                            message.state = $String(object.state);
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateActionSnapshot.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.variables) {
                        if (!$Array.isArray(object.variables))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateActionSnapshot.variables: array expected");
                        message.variables = $Array(object.variables.length);
                        for (var i = 0; i < object.variables.length; ++i) {
                            if (!$util.isObject(object.variables[i]))
                                throw $TypeError(".Kinova.Api.ProgramRunner.StateActionSnapshot.variables: object expected");
                            message.variables[i] = $root.Kinova.Api.ProgramRunner.VariableState.fromObject(object.variables[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StateActionSnapshot message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateActionSnapshot} message StateActionSnapshot
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateActionSnapshot.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.variables = [];
                    if (options.defaults) {
                        object.state = "";
                        object.timestamp = null;
                    }
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = message.state;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.variables && message.variables.length) {
                        object.variables = $Array(message.variables.length);
                        for (var j = 0; j < message.variables.length; ++j)
                            object.variables[j] = $root.Kinova.Api.ProgramRunner.VariableState.toObject(message.variables[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this StateActionSnapshot to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateActionSnapshot.prototype.toJSON = function() {
                    return StateActionSnapshot.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateActionSnapshot
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StateActionSnapshot
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateActionSnapshot.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StateActionSnapshot";
                };

                return StateActionSnapshot;
            })();

            ProgramRunner.StateActionStats = (function() {

                /**
                 * Properties of a StateActionStats.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StateActionStats.$Properties
                 * @property {number|null} [executionDuration] StateActionStats executionDuration
                 * @property {number|null} [failureCount] StateActionStats failureCount
                 * @property {number|null} [pauseCount] StateActionStats pauseCount
                 * @property {number|null} [pauseDuration] StateActionStats pauseDuration
                 * @property {number|null} [playCount] StateActionStats playCount
                 * @property {number|null} [playDuration] StateActionStats playDuration
                 * @property {number|null} [pluginStartConfirmation] StateActionStats pluginStartConfirmation
                 * @property {number|null} [totalDuration] StateActionStats totalDuration
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateActionStats.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStateActionStats
                 * @augments Kinova.Api.ProgramRunner.StateActionStats.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StateActionStats.$Properties instead.
                 */

                /**
                 * Shape of a StateActionStats.
                 * @typedef {Kinova.Api.ProgramRunner.StateActionStats.$Properties} Kinova.Api.ProgramRunner.StateActionStats.$Shape
                 */

                /**
                 * Constructs a new StateActionStats.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StateActionStats.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StateActionStats.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateActionStats = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateActionStats executionDuration.
                 * @member {number} executionDuration
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.executionDuration = 0;

                /**
                 * StateActionStats failureCount.
                 * @member {number} failureCount
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.failureCount = 0;

                /**
                 * StateActionStats pauseCount.
                 * @member {number} pauseCount
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.pauseCount = 0;

                /**
                 * StateActionStats pauseDuration.
                 * @member {number} pauseDuration
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.pauseDuration = 0;

                /**
                 * StateActionStats playCount.
                 * @member {number} playCount
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.playCount = 0;

                /**
                 * StateActionStats playDuration.
                 * @member {number} playDuration
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.playDuration = 0;

                /**
                 * StateActionStats pluginStartConfirmation.
                 * @member {number} pluginStartConfirmation
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.pluginStartConfirmation = 0;

                /**
                 * StateActionStats totalDuration.
                 * @member {number} totalDuration
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 */
                StateActionStats.prototype.totalDuration = 0;

                /**
                 * Creates a new StateActionStats instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateActionStats.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StateActionStats} StateActionStats instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StateActionStats.$Shape): Kinova.Api.ProgramRunner.StateActionStats & Kinova.Api.ProgramRunner.StateActionStats.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StateActionStats.$Properties): Kinova.Api.ProgramRunner.StateActionStats;
                 * }}
                 */
                StateActionStats.create = function(properties) {
                    return new StateActionStats(properties);
                };

                /**
                 * Encodes the specified StateActionStats message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateActionStats.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateActionStats.$Properties} message StateActionStats message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateActionStats.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executionDuration != null && $Object.hasOwnProperty.call(message, "executionDuration") && message.executionDuration !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.executionDuration);
                    if (message.failureCount != null && $Object.hasOwnProperty.call(message, "failureCount") && message.failureCount !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.failureCount);
                    if (message.pauseCount != null && $Object.hasOwnProperty.call(message, "pauseCount") && message.pauseCount !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pauseCount);
                    if (message.pauseDuration != null && $Object.hasOwnProperty.call(message, "pauseDuration") && message.pauseDuration !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pauseDuration);
                    if (message.playCount != null && $Object.hasOwnProperty.call(message, "playCount") && message.playCount !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.playCount);
                    if (message.playDuration != null && $Object.hasOwnProperty.call(message, "playDuration") && message.playDuration !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.playDuration);
                    if (message.pluginStartConfirmation != null && $Object.hasOwnProperty.call(message, "pluginStartConfirmation") && message.pluginStartConfirmation !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.pluginStartConfirmation);
                    if (message.totalDuration != null && $Object.hasOwnProperty.call(message, "totalDuration") && message.totalDuration !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.totalDuration);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateActionStats message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateActionStats & Kinova.Api.ProgramRunner.StateActionStats.$Shape} StateActionStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateActionStats.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StateActionStats();
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
                                    message.executionDuration = value;
                                else
                                    delete message.executionDuration;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.failureCount = value;
                                else
                                    delete message.failureCount;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pauseCount = value;
                                else
                                    delete message.pauseCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pauseDuration = value;
                                else
                                    delete message.pauseDuration;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.playCount = value;
                                else
                                    delete message.playCount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.playDuration = value;
                                else
                                    delete message.playDuration;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pluginStartConfirmation = value;
                                else
                                    delete message.pluginStartConfirmation;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.totalDuration = value;
                                else
                                    delete message.totalDuration;
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
                 * Verifies a StateActionStats message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateActionStats.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.executionDuration != null && $Object.hasOwnProperty.call(message, "executionDuration"))
                        if (!$util.isInteger(message.executionDuration))
                            return "executionDuration: integer expected";
                    if (message.failureCount != null && $Object.hasOwnProperty.call(message, "failureCount"))
                        if (!$util.isInteger(message.failureCount))
                            return "failureCount: integer expected";
                    if (message.pauseCount != null && $Object.hasOwnProperty.call(message, "pauseCount"))
                        if (!$util.isInteger(message.pauseCount))
                            return "pauseCount: integer expected";
                    if (message.pauseDuration != null && $Object.hasOwnProperty.call(message, "pauseDuration"))
                        if (!$util.isInteger(message.pauseDuration))
                            return "pauseDuration: integer expected";
                    if (message.playCount != null && $Object.hasOwnProperty.call(message, "playCount"))
                        if (!$util.isInteger(message.playCount))
                            return "playCount: integer expected";
                    if (message.playDuration != null && $Object.hasOwnProperty.call(message, "playDuration"))
                        if (!$util.isInteger(message.playDuration))
                            return "playDuration: integer expected";
                    if (message.pluginStartConfirmation != null && $Object.hasOwnProperty.call(message, "pluginStartConfirmation"))
                        if (!$util.isInteger(message.pluginStartConfirmation))
                            return "pluginStartConfirmation: integer expected";
                    if (message.totalDuration != null && $Object.hasOwnProperty.call(message, "totalDuration"))
                        if (!$util.isInteger(message.totalDuration))
                            return "totalDuration: integer expected";
                    return null;
                };

                /**
                 * Creates a StateActionStats message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StateActionStats} StateActionStats
                 */
                StateActionStats.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StateActionStats)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StateActionStats: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StateActionStats();
                    if (object.executionDuration != null)
                        if ($Number(object.executionDuration) !== 0)
                            message.executionDuration = object.executionDuration >>> 0;
                    if (object.failureCount != null)
                        if ($Number(object.failureCount) !== 0)
                            message.failureCount = object.failureCount >>> 0;
                    if (object.pauseCount != null)
                        if ($Number(object.pauseCount) !== 0)
                            message.pauseCount = object.pauseCount >>> 0;
                    if (object.pauseDuration != null)
                        if ($Number(object.pauseDuration) !== 0)
                            message.pauseDuration = object.pauseDuration >>> 0;
                    if (object.playCount != null)
                        if ($Number(object.playCount) !== 0)
                            message.playCount = object.playCount >>> 0;
                    if (object.playDuration != null)
                        if ($Number(object.playDuration) !== 0)
                            message.playDuration = object.playDuration >>> 0;
                    if (object.pluginStartConfirmation != null)
                        if ($Number(object.pluginStartConfirmation) !== 0)
                            message.pluginStartConfirmation = object.pluginStartConfirmation >>> 0;
                    if (object.totalDuration != null)
                        if ($Number(object.totalDuration) !== 0)
                            message.totalDuration = object.totalDuration >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a StateActionStats message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateActionStats} message StateActionStats
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateActionStats.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.executionDuration = 0;
                        object.failureCount = 0;
                        object.pauseCount = 0;
                        object.pauseDuration = 0;
                        object.playCount = 0;
                        object.playDuration = 0;
                        object.pluginStartConfirmation = 0;
                        object.totalDuration = 0;
                    }
                    if (message.executionDuration != null && $Object.hasOwnProperty.call(message, "executionDuration"))
                        object.executionDuration = message.executionDuration;
                    if (message.failureCount != null && $Object.hasOwnProperty.call(message, "failureCount"))
                        object.failureCount = message.failureCount;
                    if (message.pauseCount != null && $Object.hasOwnProperty.call(message, "pauseCount"))
                        object.pauseCount = message.pauseCount;
                    if (message.pauseDuration != null && $Object.hasOwnProperty.call(message, "pauseDuration"))
                        object.pauseDuration = message.pauseDuration;
                    if (message.playCount != null && $Object.hasOwnProperty.call(message, "playCount"))
                        object.playCount = message.playCount;
                    if (message.playDuration != null && $Object.hasOwnProperty.call(message, "playDuration"))
                        object.playDuration = message.playDuration;
                    if (message.pluginStartConfirmation != null && $Object.hasOwnProperty.call(message, "pluginStartConfirmation"))
                        object.pluginStartConfirmation = message.pluginStartConfirmation;
                    if (message.totalDuration != null && $Object.hasOwnProperty.call(message, "totalDuration"))
                        object.totalDuration = message.totalDuration;
                    return object;
                };

                /**
                 * Converts this StateActionStats to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateActionStats.prototype.toJSON = function() {
                    return StateActionStats.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateActionStats
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StateActionStats
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateActionStats.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StateActionStats";
                };

                return StateActionStats;
            })();

            ProgramRunner.StateAction = (function() {

                /**
                 * Properties of a StateAction.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StateAction.$Properties
                 * @property {Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties|null} [handle] StateAction handle
                 * @property {number|null} [index] StateAction index
                 * @property {Array.<Kinova.Api.ProgramRunner.StateEvent.$Properties>|null} [events] StateAction events
                 * @property {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null} [snapshotStart] StateAction snapshotStart
                 * @property {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null} [snapshotEnd] StateAction snapshotEnd
                 * @property {Kinova.Api.ProgramRunner.StateActionStats.$Properties|null} [stats] StateAction stats
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateAction.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStateAction
                 * @augments Kinova.Api.ProgramRunner.StateAction.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StateAction.$Properties instead.
                 */

                /**
                 * Shape of a StateAction.
                 * @typedef {Kinova.Api.ProgramRunner.StateAction.$Properties} Kinova.Api.ProgramRunner.StateAction.$Shape
                 */

                /**
                 * Constructs a new StateAction.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StateAction.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StateAction.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateAction = function (properties) {
                    this.events = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateAction handle.
                 * @member {Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties|null|undefined} handle
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @instance
                 */
                StateAction.prototype.handle = null;

                /**
                 * StateAction index.
                 * @member {number} index
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @instance
                 */
                StateAction.prototype.index = 0;

                /**
                 * StateAction events.
                 * @member {Array.<Kinova.Api.ProgramRunner.StateEvent.$Properties>} events
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @instance
                 */
                StateAction.prototype.events = $util.emptyArray;

                /**
                 * StateAction snapshotStart.
                 * @member {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null|undefined} snapshotStart
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @instance
                 */
                StateAction.prototype.snapshotStart = null;

                /**
                 * StateAction snapshotEnd.
                 * @member {Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null|undefined} snapshotEnd
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @instance
                 */
                StateAction.prototype.snapshotEnd = null;

                /**
                 * StateAction stats.
                 * @member {Kinova.Api.ProgramRunner.StateActionStats.$Properties|null|undefined} stats
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @instance
                 */
                StateAction.prototype.stats = null;

                /**
                 * Creates a new StateAction instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateAction.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StateAction} StateAction instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StateAction.$Shape): Kinova.Api.ProgramRunner.StateAction & Kinova.Api.ProgramRunner.StateAction.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StateAction.$Properties): Kinova.Api.ProgramRunner.StateAction;
                 * }}
                 */
                StateAction.create = function(properties) {
                    return new StateAction(properties);
                };

                /**
                 * Encodes the specified StateAction message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateAction.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateAction.$Properties} message StateAction message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateAction.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.encode(message.handle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
                    if (message.events != null && message.events.length)
                        for (var i = 0; i < message.events.length; ++i)
                            $root.Kinova.Api.ProgramRunner.StateEvent.encode(message.events[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.snapshotStart != null && $Object.hasOwnProperty.call(message, "snapshotStart"))
                        $root.Kinova.Api.ProgramRunner.StateActionSnapshot.encode(message.snapshotStart, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd"))
                        $root.Kinova.Api.ProgramRunner.StateActionSnapshot.encode(message.snapshotEnd, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                        $root.Kinova.Api.ProgramRunner.StateActionStats.encode(message.stats, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateAction message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateAction & Kinova.Api.ProgramRunner.StateAction.$Shape} StateAction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateAction.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StateAction();
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
                                message.handle = $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.Kinova.Api.ProgramRunner.StateEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotStart = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotStart);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotEnd = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotEnd);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.stats = $root.Kinova.Api.ProgramRunner.StateActionStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
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
                 * Verifies a StateAction message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateAction.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle")) {
                        var error = $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.verify(message.handle, _depth + 1);
                        if (error)
                            return "handle." + error;
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index))
                            return "index: integer expected";
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                        if (!$Array.isArray(message.events))
                            return "events: array expected";
                        for (var i = 0; i < message.events.length; ++i) {
                            var error = $root.Kinova.Api.ProgramRunner.StateEvent.verify(message.events[i], _depth + 1);
                            if (error)
                                return "events." + error;
                        }
                    }
                    if (message.snapshotStart != null && $Object.hasOwnProperty.call(message, "snapshotStart")) {
                        var error = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.verify(message.snapshotStart, _depth + 1);
                        if (error)
                            return "snapshotStart." + error;
                    }
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd")) {
                        var error = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.verify(message.snapshotEnd, _depth + 1);
                        if (error)
                            return "snapshotEnd." + error;
                    }
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats")) {
                        var error = $root.Kinova.Api.ProgramRunner.StateActionStats.verify(message.stats, _depth + 1);
                        if (error)
                            return "stats." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StateAction message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StateAction} StateAction
                 */
                StateAction.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StateAction)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StateAction: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StateAction();
                    if (object.handle != null) {
                        if (!$util.isObject(object.handle))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateAction.handle: object expected");
                        message.handle = $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.fromObject(object.handle, _depth + 1);
                    }
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    if (object.events) {
                        if (!$Array.isArray(object.events))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateAction.events: array expected");
                        message.events = $Array(object.events.length);
                        for (var i = 0; i < object.events.length; ++i) {
                            if (!$util.isObject(object.events[i]))
                                throw $TypeError(".Kinova.Api.ProgramRunner.StateAction.events: object expected");
                            message.events[i] = $root.Kinova.Api.ProgramRunner.StateEvent.fromObject(object.events[i], _depth + 1);
                        }
                    }
                    if (object.snapshotStart != null) {
                        if (!$util.isObject(object.snapshotStart))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateAction.snapshotStart: object expected");
                        message.snapshotStart = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.fromObject(object.snapshotStart, _depth + 1);
                    }
                    if (object.snapshotEnd != null) {
                        if (!$util.isObject(object.snapshotEnd))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateAction.snapshotEnd: object expected");
                        message.snapshotEnd = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.fromObject(object.snapshotEnd, _depth + 1);
                    }
                    if (object.stats != null) {
                        if (!$util.isObject(object.stats))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateAction.stats: object expected");
                        message.stats = $root.Kinova.Api.ProgramRunner.StateActionStats.fromObject(object.stats, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StateAction message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateAction} message StateAction
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateAction.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.events = [];
                    if (options.defaults) {
                        object.handle = null;
                        object.index = 0;
                        object.snapshotStart = null;
                        object.snapshotEnd = null;
                        object.stats = null;
                    }
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = $root.Kinova.Api.ProgramRunner.ContextualizedActionHandle.toObject(message.handle, options, _depth + 1);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    if (message.events && message.events.length) {
                        object.events = $Array(message.events.length);
                        for (var j = 0; j < message.events.length; ++j)
                            object.events[j] = $root.Kinova.Api.ProgramRunner.StateEvent.toObject(message.events[j], options, _depth + 1);
                    }
                    if (message.snapshotStart != null && $Object.hasOwnProperty.call(message, "snapshotStart"))
                        object.snapshotStart = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.toObject(message.snapshotStart, options, _depth + 1);
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd"))
                        object.snapshotEnd = $root.Kinova.Api.ProgramRunner.StateActionSnapshot.toObject(message.snapshotEnd, options, _depth + 1);
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                        object.stats = $root.Kinova.Api.ProgramRunner.StateActionStats.toObject(message.stats, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StateAction to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateAction.prototype.toJSON = function() {
                    return StateAction.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateAction
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StateAction
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateAction.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StateAction";
                };

                return StateAction;
            })();

            ProgramRunner.StateSequenceStats = (function() {

                /**
                 * Properties of a StateSequenceStats.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StateSequenceStats.$Properties
                 * @property {number|null} [averageTimeBetweenActions] StateSequenceStats averageTimeBetweenActions
                 * @property {number|null} [averageTimePluginStartConfirmation] StateSequenceStats averageTimePluginStartConfirmation
                 * @property {number|null} [averageTimeWaypointInitialization] StateSequenceStats averageTimeWaypointInitialization
                 * @property {number|null} [averageTimeActionProcessing] StateSequenceStats averageTimeActionProcessing
                 * @property {number|null} [duration] StateSequenceStats duration
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [end] StateSequenceStats end
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [start] StateSequenceStats start
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateSequenceStats.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStateSequenceStats
                 * @augments Kinova.Api.ProgramRunner.StateSequenceStats.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StateSequenceStats.$Properties instead.
                 */

                /**
                 * Shape of a StateSequenceStats.
                 * @typedef {Kinova.Api.ProgramRunner.StateSequenceStats.$Properties} Kinova.Api.ProgramRunner.StateSequenceStats.$Shape
                 */

                /**
                 * Constructs a new StateSequenceStats.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StateSequenceStats.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StateSequenceStats.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateSequenceStats = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateSequenceStats averageTimeBetweenActions.
                 * @member {number} averageTimeBetweenActions
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 */
                StateSequenceStats.prototype.averageTimeBetweenActions = 0;

                /**
                 * StateSequenceStats averageTimePluginStartConfirmation.
                 * @member {number} averageTimePluginStartConfirmation
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 */
                StateSequenceStats.prototype.averageTimePluginStartConfirmation = 0;

                /**
                 * StateSequenceStats averageTimeWaypointInitialization.
                 * @member {number} averageTimeWaypointInitialization
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 */
                StateSequenceStats.prototype.averageTimeWaypointInitialization = 0;

                /**
                 * StateSequenceStats averageTimeActionProcessing.
                 * @member {number} averageTimeActionProcessing
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 */
                StateSequenceStats.prototype.averageTimeActionProcessing = 0;

                /**
                 * StateSequenceStats duration.
                 * @member {number} duration
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 */
                StateSequenceStats.prototype.duration = 0;

                /**
                 * StateSequenceStats end.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} end
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 */
                StateSequenceStats.prototype.end = null;

                /**
                 * StateSequenceStats start.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} start
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 */
                StateSequenceStats.prototype.start = null;

                /**
                 * Creates a new StateSequenceStats instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateSequenceStats.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StateSequenceStats} StateSequenceStats instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StateSequenceStats.$Shape): Kinova.Api.ProgramRunner.StateSequenceStats & Kinova.Api.ProgramRunner.StateSequenceStats.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StateSequenceStats.$Properties): Kinova.Api.ProgramRunner.StateSequenceStats;
                 * }}
                 */
                StateSequenceStats.create = function(properties) {
                    return new StateSequenceStats(properties);
                };

                /**
                 * Encodes the specified StateSequenceStats message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateSequenceStats.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateSequenceStats.$Properties} message StateSequenceStats message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateSequenceStats.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.averageTimeBetweenActions != null && $Object.hasOwnProperty.call(message, "averageTimeBetweenActions") && message.averageTimeBetweenActions !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.averageTimeBetweenActions);
                    if (message.averageTimePluginStartConfirmation != null && $Object.hasOwnProperty.call(message, "averageTimePluginStartConfirmation") && message.averageTimePluginStartConfirmation !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.averageTimePluginStartConfirmation);
                    if (message.averageTimeWaypointInitialization != null && $Object.hasOwnProperty.call(message, "averageTimeWaypointInitialization") && message.averageTimeWaypointInitialization !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.averageTimeWaypointInitialization);
                    if (message.averageTimeActionProcessing != null && $Object.hasOwnProperty.call(message, "averageTimeActionProcessing") && message.averageTimeActionProcessing !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.averageTimeActionProcessing);
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration") && message.duration !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.duration);
                    if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.end, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.start, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateSequenceStats message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateSequenceStats & Kinova.Api.ProgramRunner.StateSequenceStats.$Shape} StateSequenceStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateSequenceStats.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StateSequenceStats();
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
                                    message.averageTimeBetweenActions = value;
                                else
                                    delete message.averageTimeBetweenActions;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.averageTimePluginStartConfirmation = value;
                                else
                                    delete message.averageTimePluginStartConfirmation;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.averageTimeWaypointInitialization = value;
                                else
                                    delete message.averageTimeWaypointInitialization;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.averageTimeActionProcessing = value;
                                else
                                    delete message.averageTimeActionProcessing;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.duration = value;
                                else
                                    delete message.duration;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.end = $root.Kinova.Api.Common.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.start = $root.Kinova.Api.Common.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
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
                 * Verifies a StateSequenceStats message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateSequenceStats.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.averageTimeBetweenActions != null && $Object.hasOwnProperty.call(message, "averageTimeBetweenActions"))
                        if (!$util.isInteger(message.averageTimeBetweenActions))
                            return "averageTimeBetweenActions: integer expected";
                    if (message.averageTimePluginStartConfirmation != null && $Object.hasOwnProperty.call(message, "averageTimePluginStartConfirmation"))
                        if (!$util.isInteger(message.averageTimePluginStartConfirmation))
                            return "averageTimePluginStartConfirmation: integer expected";
                    if (message.averageTimeWaypointInitialization != null && $Object.hasOwnProperty.call(message, "averageTimeWaypointInitialization"))
                        if (!$util.isInteger(message.averageTimeWaypointInitialization))
                            return "averageTimeWaypointInitialization: integer expected";
                    if (message.averageTimeActionProcessing != null && $Object.hasOwnProperty.call(message, "averageTimeActionProcessing"))
                        if (!$util.isInteger(message.averageTimeActionProcessing))
                            return "averageTimeActionProcessing: integer expected";
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                        if (!$util.isInteger(message.duration))
                            return "duration: integer expected";
                    if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                        var error = $root.Kinova.Api.Common.Timestamp.verify(message.end, _depth + 1);
                        if (error)
                            return "end." + error;
                    }
                    if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                        var error = $root.Kinova.Api.Common.Timestamp.verify(message.start, _depth + 1);
                        if (error)
                            return "start." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StateSequenceStats message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StateSequenceStats} StateSequenceStats
                 */
                StateSequenceStats.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StateSequenceStats)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StateSequenceStats: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StateSequenceStats();
                    if (object.averageTimeBetweenActions != null)
                        if ($Number(object.averageTimeBetweenActions) !== 0)
                            message.averageTimeBetweenActions = object.averageTimeBetweenActions >>> 0;
                    if (object.averageTimePluginStartConfirmation != null)
                        if ($Number(object.averageTimePluginStartConfirmation) !== 0)
                            message.averageTimePluginStartConfirmation = object.averageTimePluginStartConfirmation >>> 0;
                    if (object.averageTimeWaypointInitialization != null)
                        if ($Number(object.averageTimeWaypointInitialization) !== 0)
                            message.averageTimeWaypointInitialization = object.averageTimeWaypointInitialization >>> 0;
                    if (object.averageTimeActionProcessing != null)
                        if ($Number(object.averageTimeActionProcessing) !== 0)
                            message.averageTimeActionProcessing = object.averageTimeActionProcessing >>> 0;
                    if (object.duration != null)
                        if ($Number(object.duration) !== 0)
                            message.duration = object.duration >>> 0;
                    if (object.end != null) {
                        if (!$util.isObject(object.end))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateSequenceStats.end: object expected");
                        message.end = $root.Kinova.Api.Common.Timestamp.fromObject(object.end, _depth + 1);
                    }
                    if (object.start != null) {
                        if (!$util.isObject(object.start))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateSequenceStats.start: object expected");
                        message.start = $root.Kinova.Api.Common.Timestamp.fromObject(object.start, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StateSequenceStats message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateSequenceStats} message StateSequenceStats
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateSequenceStats.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.averageTimeBetweenActions = 0;
                        object.averageTimePluginStartConfirmation = 0;
                        object.averageTimeWaypointInitialization = 0;
                        object.averageTimeActionProcessing = 0;
                        object.duration = 0;
                        object.end = null;
                        object.start = null;
                    }
                    if (message.averageTimeBetweenActions != null && $Object.hasOwnProperty.call(message, "averageTimeBetweenActions"))
                        object.averageTimeBetweenActions = message.averageTimeBetweenActions;
                    if (message.averageTimePluginStartConfirmation != null && $Object.hasOwnProperty.call(message, "averageTimePluginStartConfirmation"))
                        object.averageTimePluginStartConfirmation = message.averageTimePluginStartConfirmation;
                    if (message.averageTimeWaypointInitialization != null && $Object.hasOwnProperty.call(message, "averageTimeWaypointInitialization"))
                        object.averageTimeWaypointInitialization = message.averageTimeWaypointInitialization;
                    if (message.averageTimeActionProcessing != null && $Object.hasOwnProperty.call(message, "averageTimeActionProcessing"))
                        object.averageTimeActionProcessing = message.averageTimeActionProcessing;
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                        object.duration = message.duration;
                    if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                        object.end = $root.Kinova.Api.Common.Timestamp.toObject(message.end, options, _depth + 1);
                    if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                        object.start = $root.Kinova.Api.Common.Timestamp.toObject(message.start, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StateSequenceStats to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateSequenceStats.prototype.toJSON = function() {
                    return StateSequenceStats.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateSequenceStats
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StateSequenceStats
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateSequenceStats.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StateSequenceStats";
                };

                return StateSequenceStats;
            })();

            ProgramRunner.StateSequence = (function() {

                /**
                 * Properties of a StateSequence.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StateSequence.$Properties
                 * @property {string|null} [identifier] StateSequence identifier
                 * @property {Array.<Kinova.Api.ProgramRunner.StateAction.$Properties>|null} [actions] StateSequence actions
                 * @property {Array.<Kinova.Api.ProgramRunner.VariableState.$Properties>|null} [initVariables] StateSequence initVariables
                 * @property {Array.<Kinova.Api.ProgramRunner.StateEvent.$Properties>|null} [prePlayEvents] StateSequence prePlayEvents
                 * @property {Kinova.Api.ProgramRunner.StateSequenceStats.$Properties|null} [stats] StateSequence stats
                 * @property {boolean|null} [isMain] StateSequence isMain
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateSequence.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStateSequence
                 * @augments Kinova.Api.ProgramRunner.StateSequence.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StateSequence.$Properties instead.
                 */

                /**
                 * Shape of a StateSequence.
                 * @typedef {Kinova.Api.ProgramRunner.StateSequence.$Properties} Kinova.Api.ProgramRunner.StateSequence.$Shape
                 */

                /**
                 * Constructs a new StateSequence.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StateSequence.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StateSequence.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateSequence = function (properties) {
                    this.actions = [];
                    this.initVariables = [];
                    this.prePlayEvents = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateSequence identifier.
                 * @member {string} identifier
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @instance
                 */
                StateSequence.prototype.identifier = "";

                /**
                 * StateSequence actions.
                 * @member {Array.<Kinova.Api.ProgramRunner.StateAction.$Properties>} actions
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @instance
                 */
                StateSequence.prototype.actions = $util.emptyArray;

                /**
                 * StateSequence initVariables.
                 * @member {Array.<Kinova.Api.ProgramRunner.VariableState.$Properties>} initVariables
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @instance
                 */
                StateSequence.prototype.initVariables = $util.emptyArray;

                /**
                 * StateSequence prePlayEvents.
                 * @member {Array.<Kinova.Api.ProgramRunner.StateEvent.$Properties>} prePlayEvents
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @instance
                 */
                StateSequence.prototype.prePlayEvents = $util.emptyArray;

                /**
                 * StateSequence stats.
                 * @member {Kinova.Api.ProgramRunner.StateSequenceStats.$Properties|null|undefined} stats
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @instance
                 */
                StateSequence.prototype.stats = null;

                /**
                 * StateSequence isMain.
                 * @member {boolean} isMain
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @instance
                 */
                StateSequence.prototype.isMain = false;

                /**
                 * Creates a new StateSequence instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateSequence.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StateSequence} StateSequence instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StateSequence.$Shape): Kinova.Api.ProgramRunner.StateSequence & Kinova.Api.ProgramRunner.StateSequence.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StateSequence.$Properties): Kinova.Api.ProgramRunner.StateSequence;
                 * }}
                 */
                StateSequence.create = function(properties) {
                    return new StateSequence(properties);
                };

                /**
                 * Encodes the specified StateSequence message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateSequence.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateSequence.$Properties} message StateSequence message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateSequence.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.identifier);
                    if (message.actions != null && message.actions.length)
                        for (var i = 0; i < message.actions.length; ++i)
                            $root.Kinova.Api.ProgramRunner.StateAction.encode(message.actions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.initVariables != null && message.initVariables.length)
                        for (var i = 0; i < message.initVariables.length; ++i)
                            $root.Kinova.Api.ProgramRunner.VariableState.encode(message.initVariables[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.prePlayEvents != null && message.prePlayEvents.length)
                        for (var i = 0; i < message.prePlayEvents.length; ++i)
                            $root.Kinova.Api.ProgramRunner.StateEvent.encode(message.prePlayEvents[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                        $root.Kinova.Api.ProgramRunner.StateSequenceStats.encode(message.stats, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.isMain != null && $Object.hasOwnProperty.call(message, "isMain") && message.isMain !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.isMain);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateSequence message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateSequence & Kinova.Api.ProgramRunner.StateSequence.$Shape} StateSequence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateSequence.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StateSequence();
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
                                if (wireType !== 2)
                                    break;
                                if (!(message.actions && message.actions.length))
                                    message.actions = [];
                                message.actions.push($root.Kinova.Api.ProgramRunner.StateAction.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.initVariables && message.initVariables.length))
                                    message.initVariables = [];
                                message.initVariables.push($root.Kinova.Api.ProgramRunner.VariableState.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.prePlayEvents && message.prePlayEvents.length))
                                    message.prePlayEvents = [];
                                message.prePlayEvents.push($root.Kinova.Api.ProgramRunner.StateEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.stats = $root.Kinova.Api.ProgramRunner.StateSequenceStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.isMain = value;
                                else
                                    delete message.isMain;
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
                 * Verifies a StateSequence message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateSequence.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        if (!$util.isString(message.identifier))
                            return "identifier: string expected";
                    if (message.actions != null && $Object.hasOwnProperty.call(message, "actions")) {
                        if (!$Array.isArray(message.actions))
                            return "actions: array expected";
                        for (var i = 0; i < message.actions.length; ++i) {
                            var error = $root.Kinova.Api.ProgramRunner.StateAction.verify(message.actions[i], _depth + 1);
                            if (error)
                                return "actions." + error;
                        }
                    }
                    if (message.initVariables != null && $Object.hasOwnProperty.call(message, "initVariables")) {
                        if (!$Array.isArray(message.initVariables))
                            return "initVariables: array expected";
                        for (var i = 0; i < message.initVariables.length; ++i) {
                            var error = $root.Kinova.Api.ProgramRunner.VariableState.verify(message.initVariables[i], _depth + 1);
                            if (error)
                                return "initVariables." + error;
                        }
                    }
                    if (message.prePlayEvents != null && $Object.hasOwnProperty.call(message, "prePlayEvents")) {
                        if (!$Array.isArray(message.prePlayEvents))
                            return "prePlayEvents: array expected";
                        for (var i = 0; i < message.prePlayEvents.length; ++i) {
                            var error = $root.Kinova.Api.ProgramRunner.StateEvent.verify(message.prePlayEvents[i], _depth + 1);
                            if (error)
                                return "prePlayEvents." + error;
                        }
                    }
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats")) {
                        var error = $root.Kinova.Api.ProgramRunner.StateSequenceStats.verify(message.stats, _depth + 1);
                        if (error)
                            return "stats." + error;
                    }
                    if (message.isMain != null && $Object.hasOwnProperty.call(message, "isMain"))
                        if (typeof message.isMain !== "boolean")
                            return "isMain: boolean expected";
                    return null;
                };

                /**
                 * Creates a StateSequence message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StateSequence} StateSequence
                 */
                StateSequence.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StateSequence)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StateSequence();
                    if (object.identifier != null)
                        if (typeof object.identifier !== "string" || object.identifier.length)
                            message.identifier = $String(object.identifier);
                    if (object.actions) {
                        if (!$Array.isArray(object.actions))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence.actions: array expected");
                        message.actions = $Array(object.actions.length);
                        for (var i = 0; i < object.actions.length; ++i) {
                            if (!$util.isObject(object.actions[i]))
                                throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence.actions: object expected");
                            message.actions[i] = $root.Kinova.Api.ProgramRunner.StateAction.fromObject(object.actions[i], _depth + 1);
                        }
                    }
                    if (object.initVariables) {
                        if (!$Array.isArray(object.initVariables))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence.initVariables: array expected");
                        message.initVariables = $Array(object.initVariables.length);
                        for (var i = 0; i < object.initVariables.length; ++i) {
                            if (!$util.isObject(object.initVariables[i]))
                                throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence.initVariables: object expected");
                            message.initVariables[i] = $root.Kinova.Api.ProgramRunner.VariableState.fromObject(object.initVariables[i], _depth + 1);
                        }
                    }
                    if (object.prePlayEvents) {
                        if (!$Array.isArray(object.prePlayEvents))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence.prePlayEvents: array expected");
                        message.prePlayEvents = $Array(object.prePlayEvents.length);
                        for (var i = 0; i < object.prePlayEvents.length; ++i) {
                            if (!$util.isObject(object.prePlayEvents[i]))
                                throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence.prePlayEvents: object expected");
                            message.prePlayEvents[i] = $root.Kinova.Api.ProgramRunner.StateEvent.fromObject(object.prePlayEvents[i], _depth + 1);
                        }
                    }
                    if (object.stats != null) {
                        if (!$util.isObject(object.stats))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateSequence.stats: object expected");
                        message.stats = $root.Kinova.Api.ProgramRunner.StateSequenceStats.fromObject(object.stats, _depth + 1);
                    }
                    if (object.isMain != null)
                        if (object.isMain)
                            message.isMain = $Boolean(object.isMain);
                    return message;
                };

                /**
                 * Creates a plain object from a StateSequence message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateSequence} message StateSequence
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateSequence.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults) {
                        object.actions = [];
                        object.initVariables = [];
                        object.prePlayEvents = [];
                    }
                    if (options.defaults) {
                        object.identifier = "";
                        object.stats = null;
                        object.isMain = false;
                    }
                    if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                        object.identifier = message.identifier;
                    if (message.actions && message.actions.length) {
                        object.actions = $Array(message.actions.length);
                        for (var j = 0; j < message.actions.length; ++j)
                            object.actions[j] = $root.Kinova.Api.ProgramRunner.StateAction.toObject(message.actions[j], options, _depth + 1);
                    }
                    if (message.initVariables && message.initVariables.length) {
                        object.initVariables = $Array(message.initVariables.length);
                        for (var j = 0; j < message.initVariables.length; ++j)
                            object.initVariables[j] = $root.Kinova.Api.ProgramRunner.VariableState.toObject(message.initVariables[j], options, _depth + 1);
                    }
                    if (message.prePlayEvents && message.prePlayEvents.length) {
                        object.prePlayEvents = $Array(message.prePlayEvents.length);
                        for (var j = 0; j < message.prePlayEvents.length; ++j)
                            object.prePlayEvents[j] = $root.Kinova.Api.ProgramRunner.StateEvent.toObject(message.prePlayEvents[j], options, _depth + 1);
                    }
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                        object.stats = $root.Kinova.Api.ProgramRunner.StateSequenceStats.toObject(message.stats, options, _depth + 1);
                    if (message.isMain != null && $Object.hasOwnProperty.call(message, "isMain"))
                        object.isMain = message.isMain;
                    return object;
                };

                /**
                 * Converts this StateSequence to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateSequence.prototype.toJSON = function() {
                    return StateSequence.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateSequence
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StateSequence
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateSequence.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StateSequence";
                };

                return StateSequence;
            })();

            ProgramRunner.StateChangeNotification = (function() {

                /**
                 * Properties of a StateChangeNotification.
                 * @typedef {Object} Kinova.Api.ProgramRunner.StateChangeNotification.$Properties
                 * @property {Kinova.Api.ProgramRunner.StateSequence.$Properties|null} [sequence] StateChangeNotification sequence
                 * @property {Kinova.Api.Common.Timestamp.$Properties|null} [timestamp] StateChangeNotification timestamp
                 * @property {Kinova.Api.Common.Connection.$Properties|null} [connection] StateChangeNotification connection
                 * @property {Kinova.Api.Common.NotificationInformation.$Properties|null} [genericInfo] StateChangeNotification genericInfo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateChangeNotification.
                 * @memberof Kinova.Api.ProgramRunner
                 * @interface IStateChangeNotification
                 * @augments Kinova.Api.ProgramRunner.StateChangeNotification.$Properties
                 * @deprecated Use Kinova.Api.ProgramRunner.StateChangeNotification.$Properties instead.
                 */

                /**
                 * Shape of a StateChangeNotification.
                 * @typedef {Kinova.Api.ProgramRunner.StateChangeNotification.$Properties} Kinova.Api.ProgramRunner.StateChangeNotification.$Shape
                 */

                /**
                 * Constructs a new StateChangeNotification.
                 * @memberof Kinova.Api.ProgramRunner
                 * @classdesc Represents a StateChangeNotification.
                 * @constructor
                 * @param {Kinova.Api.ProgramRunner.StateChangeNotification.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateChangeNotification = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateChangeNotification sequence.
                 * @member {Kinova.Api.ProgramRunner.StateSequence.$Properties|null|undefined} sequence
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @instance
                 */
                StateChangeNotification.prototype.sequence = null;

                /**
                 * StateChangeNotification timestamp.
                 * @member {Kinova.Api.Common.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @instance
                 */
                StateChangeNotification.prototype.timestamp = null;

                /**
                 * StateChangeNotification connection.
                 * @member {Kinova.Api.Common.Connection.$Properties|null|undefined} connection
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @instance
                 */
                StateChangeNotification.prototype.connection = null;

                /**
                 * StateChangeNotification genericInfo.
                 * @member {Kinova.Api.Common.NotificationInformation.$Properties|null|undefined} genericInfo
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @instance
                 */
                StateChangeNotification.prototype.genericInfo = null;

                /**
                 * Creates a new StateChangeNotification instance using the specified properties.
                 * @function create
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateChangeNotification.$Properties=} [properties] Properties to set
                 * @returns {Kinova.Api.ProgramRunner.StateChangeNotification} StateChangeNotification instance
                 * @type {{
                 *   (properties: Kinova.Api.ProgramRunner.StateChangeNotification.$Shape): Kinova.Api.ProgramRunner.StateChangeNotification & Kinova.Api.ProgramRunner.StateChangeNotification.$Shape;
                 *   (properties?: Kinova.Api.ProgramRunner.StateChangeNotification.$Properties): Kinova.Api.ProgramRunner.StateChangeNotification;
                 * }}
                 */
                StateChangeNotification.create = function(properties) {
                    return new StateChangeNotification(properties);
                };

                /**
                 * Encodes the specified StateChangeNotification message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateChangeNotification.verify|verify} messages.
                 * @function encode
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateChangeNotification.$Properties} message StateChangeNotification message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateChangeNotification.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        $root.Kinova.Api.ProgramRunner.StateSequence.encode(message.sequence, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.Kinova.Api.Common.Timestamp.encode(message.timestamp, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        $root.Kinova.Api.Common.Connection.encode(message.connection, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        $root.Kinova.Api.Common.NotificationInformation.encode(message.genericInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateChangeNotification message from the specified reader or buffer.
                 * @function decode
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateChangeNotification & Kinova.Api.ProgramRunner.StateChangeNotification.$Shape} StateChangeNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateChangeNotification.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.Kinova.Api.ProgramRunner.StateChangeNotification();
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
                                message.sequence = $root.Kinova.Api.ProgramRunner.StateSequence.decode(reader, reader.size(), $undefined, _depth + 1, message.sequence);
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
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.decode(reader, reader.size(), $undefined, _depth + 1, message.genericInfo);
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
                 * Verifies a StateChangeNotification message.
                 * @function verify
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateChangeNotification.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence")) {
                        var error = $root.Kinova.Api.ProgramRunner.StateSequence.verify(message.sequence, _depth + 1);
                        if (error)
                            return "sequence." + error;
                    }
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
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo")) {
                        var error = $root.Kinova.Api.Common.NotificationInformation.verify(message.genericInfo, _depth + 1);
                        if (error)
                            return "genericInfo." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StateChangeNotification message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {Kinova.Api.ProgramRunner.StateChangeNotification} StateChangeNotification
                 */
                StateChangeNotification.fromObject = function (object, _depth) {
                    if (object instanceof $root.Kinova.Api.ProgramRunner.StateChangeNotification)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".Kinova.Api.ProgramRunner.StateChangeNotification: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.Kinova.Api.ProgramRunner.StateChangeNotification();
                    if (object.sequence != null) {
                        if (!$util.isObject(object.sequence))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateChangeNotification.sequence: object expected");
                        message.sequence = $root.Kinova.Api.ProgramRunner.StateSequence.fromObject(object.sequence, _depth + 1);
                    }
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateChangeNotification.timestamp: object expected");
                        message.timestamp = $root.Kinova.Api.Common.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.connection != null) {
                        if (!$util.isObject(object.connection))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateChangeNotification.connection: object expected");
                        message.connection = $root.Kinova.Api.Common.Connection.fromObject(object.connection, _depth + 1);
                    }
                    if (object.genericInfo != null) {
                        if (!$util.isObject(object.genericInfo))
                            throw $TypeError(".Kinova.Api.ProgramRunner.StateChangeNotification.genericInfo: object expected");
                        message.genericInfo = $root.Kinova.Api.Common.NotificationInformation.fromObject(object.genericInfo, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StateChangeNotification message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @static
                 * @param {Kinova.Api.ProgramRunner.StateChangeNotification} message StateChangeNotification
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateChangeNotification.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.sequence = null;
                        object.timestamp = null;
                        object.connection = null;
                        object.genericInfo = null;
                    }
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        object.sequence = $root.Kinova.Api.ProgramRunner.StateSequence.toObject(message.sequence, options, _depth + 1);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.Kinova.Api.Common.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.connection != null && $Object.hasOwnProperty.call(message, "connection"))
                        object.connection = $root.Kinova.Api.Common.Connection.toObject(message.connection, options, _depth + 1);
                    if (message.genericInfo != null && $Object.hasOwnProperty.call(message, "genericInfo"))
                        object.genericInfo = $root.Kinova.Api.Common.NotificationInformation.toObject(message.genericInfo, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StateChangeNotification to JSON.
                 * @function toJSON
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateChangeNotification.prototype.toJSON = function() {
                    return StateChangeNotification.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateChangeNotification
                 * @function getTypeUrl
                 * @memberof Kinova.Api.ProgramRunner.StateChangeNotification
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateChangeNotification.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/Kinova.Api.ProgramRunner.StateChangeNotification";
                };

                return StateChangeNotification;
            })();

            return ProgramRunner;
        })();

        return Api;
    })();

    return Kinova;
})();

module.exports = $root;
