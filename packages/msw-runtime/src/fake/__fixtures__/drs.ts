/**
 * Hand-written schemas shaped like the DRS model's `SourceServer` closure
 * (constraints copied from `com.amazonaws.drs`), for tests and the benchmark.
 */
import type { ListSchema, MapSchema, NumberSchema, StringSchema, StructureSchema, TimestampSchema } from '@anvil/runtime';

const ns = 'com.amazonaws.drs#';
const str = (name: string, extra: Omit<StringSchema, 'type' | 'id'> = {}): StringSchema => ({ type: 'string', id: ns + name, ...extra });
const struct = (name: string, members: StructureSchema['members']): StructureSchema => ({ type: 'structure', id: ns + name, name, members });
const list = (name: string, member: ListSchema['member'], extra: Omit<ListSchema, 'type' | 'id' | 'member'> = {}): ListSchema => ({
  type: 'list',
  id: ns + name,
  member,
  ...extra,
});

export const SourceServerID$ = str('SourceServerID', { length: { min: 19, max: 19 }, pattern: '^s-[0-9a-zA-Z]{17}$' });
export const ARN$ = str('ARN', { length: { min: 20, max: 2048 }, pattern: '^arn:.{16,2044}$' });
const TagKey$ = str('TagKey', { length: { min: 0, max: 256 } });
const TagValue$ = str('TagValue', { length: { min: 0, max: 256 } });
export const TagsMap$: MapSchema = { type: 'map', id: ns + 'TagsMap', key: { target: TagKey$ }, value: { target: TagValue$ }, sensitive: true };
const RecoveryInstanceID$ = str('RecoveryInstanceID', { length: { min: 10, max: 19 }, pattern: '^i-[0-9a-fA-F]{8,}$' });
const LastLaunchResult$ = { type: 'enum', id: ns + 'LastLaunchResult', values: ['NOT_STARTED', 'PENDING', 'SUCCEEDED', 'FAILED'] } as const;
const Duration$ = str('ISO8601DurationString', { length: { min: 1, max: 64 } });
const DateTimeString$ = str('ISO8601DatetimeString', {
  length: { min: 19, max: 32 },
  pattern: '^[1-9][0-9]*-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([0-1][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?Z$',
});
const BoundedString$ = str('BoundedString', { length: { min: 0, max: 256 } });
const PositiveInteger$: NumberSchema = { type: 'long', id: ns + 'PositiveInteger', range: { min: 0 } };
const AwsAvailabilityZone$ = str('AwsAvailabilityZone', {
  length: { min: 0, max: 255 },
  pattern:
    '^(us(-gov)?|ap|ca|cn|eu|eusc|sa|af|me|mx|il)-([a-z]{2}-)?(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-[0-9][a-z]$',
});
const OutpostARN$ = str('OutpostARN', {
  length: { min: 20, max: 255 },
  pattern: '^arn:aws([a-z-]+)?:outposts:[a-z\\d-]+:\\d{12}:outpost/op-[a-f0-9]{17}$',
});
const ReplicatedDisk$ = struct('DataReplicationInfoReplicatedDisk', {
  deviceName: { target: BoundedString$ },
  totalStorageBytes: { target: PositiveInteger$ },
  replicatedStorageBytes: { target: PositiveInteger$ },
  rescannedStorageBytes: { target: PositiveInteger$ },
  backloggedStorageBytes: { target: PositiveInteger$ },
  volumeStatus: { target: { type: 'enum', id: ns + 'VolumeStatus', values: ['REGULAR', 'CONTAINS_MARKETPLACE_PRODUCT_CODES', 'MISSING_VOLUME_ATTRIBUTES'] } },
});
const Step$ = struct('DataReplicationInitiationStep', {
  name: { target: { type: 'enum', id: ns + 'DataReplicationInitiationStepName', values: ['WAIT', 'CREATE_SECURITY_GROUP', 'LAUNCH_REPLICATION_SERVER'] } },
  status: { target: { type: 'enum', id: ns + 'DataReplicationInitiationStepStatus', values: ['NOT_STARTED', 'IN_PROGRESS', 'SUCCEEDED'] } },
});
const DataReplicationInfo$ = struct('DataReplicationInfo', {
  lagDuration: { target: Duration$ },
  etaDateTime: { target: DateTimeString$ },
  replicatedDisks: { target: () => list('DataReplicationInfoReplicatedDisks', { target: ReplicatedDisk$ }, { length: { min: 0, max: 60 } }) },
  dataReplicationState: { target: { type: 'enum', id: ns + 'DataReplicationState', values: ['STOPPED', 'INITIATING', 'CONTINUOUS'] } },
  dataReplicationInitiation: {
    target: struct('DataReplicationInitiation', {
      startDateTime: { target: DateTimeString$ },
      nextAttemptDateTime: { target: DateTimeString$ },
      steps: { target: list('DataReplicationInitiationSteps', { target: Step$ }) },
    }),
  },
  dataReplicationError: {
    target: struct('DataReplicationError', {
      error: { target: { type: 'enum', id: ns + 'DataReplicationErrorString', values: ['AGENT_NOT_SEEN', 'SNAPSHOTS_FAILURE'] } },
      rawError: { target: str('LargeBoundedString', { length: { min: 0, max: 65536 } }) },
    }),
  },
  stagingAvailabilityZone: { target: AwsAvailabilityZone$ },
  stagingOutpostArn: { target: OutpostARN$ },
});
const Timestamp$: TimestampSchema = { type: 'timestamp' };
const LifeCycle$ = struct('LifeCycle', {
  addedToServiceDateTime: { target: DateTimeString$ },
  firstByteDateTime: { target: DateTimeString$ },
  elapsedReplicationDuration: { target: Duration$ },
  lastSeenByServiceDateTime: { target: DateTimeString$ },
  lastLaunch: {
    target: struct('LifeCycleLastLaunch', {
      initiated: {
        target: struct('LifeCycleLastLaunchInitiated', {
          apiCallDateTime: { target: DateTimeString$ },
          jobID: { target: str('JobID', { length: { min: 24, max: 24 }, pattern: '^drsjob-[0-9a-zA-Z]{17}$' }) },
          type: { target: { type: 'enum', id: ns + 'LastLaunchType', values: ['RECOVERY', 'DRILL'] } },
        }),
      },
      status: { target: { type: 'enum', id: ns + 'LaunchStatus', values: ['PENDING', 'IN_PROGRESS', 'LAUNCHED', 'FAILED'] } },
    }),
  },
});
const EC2InstanceID$ = str('EC2InstanceID', { length: { min: 0, max: 255 }, pattern: '^i-[0-9a-fA-F]{8,}$' });
const SourceProperties$ = struct('SourceProperties', {
  lastUpdatedDateTime: { target: DateTimeString$ },
  recommendedInstanceType: { target: str('EC2InstanceType', { length: { min: 0, max: 255 } }) },
  identificationHints: {
    target: struct('IdentificationHints', {
      fqdn: { target: BoundedString$ },
      hostname: { target: BoundedString$ },
      vmWareUuid: { target: BoundedString$ },
      awsInstanceID: { target: EC2InstanceID$ },
    }),
  },
  networkInterfaces: {
    target: list(
      'NetworkInterfaces',
      {
        target: struct('NetworkInterface', {
          macAddress: { target: BoundedString$ },
          ips: { target: list('IPsList', { target: BoundedString$ }) },
          isPrimary: { target: { type: 'boolean' } },
        }),
      },
      { length: { min: 0, max: 32 } },
    ),
  },
  disks: {
    target: list('Disks', { target: struct('Disk', { deviceName: { target: BoundedString$ }, bytes: { target: PositiveInteger$ } }) }, { length: { min: 0, max: 1000 } }),
  },
  cpus: {
    target: list('Cpus', { target: struct('CPU', { cores: { target: PositiveInteger$ }, modelName: { target: BoundedString$ } }) }, { length: { min: 0, max: 256 } }),
  },
  ramBytes: { target: PositiveInteger$ },
  os: { target: struct('OS', { fullString: { target: BoundedString$ } }) },
  supportsNitroInstances: { target: { type: 'boolean' } },
});
const StagingArea$ = struct('StagingArea', {
  status: { target: { type: 'enum', id: ns + 'ExtensionStatus', values: ['EXTENDED', 'EXTENSION_ERROR', 'NOT_EXTENDED'] } },
  stagingAccountID: { target: str('AccountID', { length: { min: 12, max: 12 }, pattern: '[0-9]{12,}' }) },
  stagingSourceServerArn: { target: ARN$ },
  errorMessage: { target: str('LargeBoundedString', { length: { min: 0, max: 65536 } }) },
});
const SourceCloudProperties$ = struct('SourceCloudProperties', {
  originAccountID: { target: str('AccountID', { length: { min: 12, max: 12 }, pattern: '[0-9]{12,}' }) },
  originRegion: {
    target: str('AwsRegion', {
      length: { min: 0, max: 255 },
      pattern: '^(us(-gov)?|ap|ca|cn|eu|eusc|sa|af|me|mx|il)-([a-z]{2}-)?(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-[0-9]$',
    }),
  },
  originAvailabilityZone: { target: AwsAvailabilityZone$ },
  sourceOutpostArn: { target: OutpostARN$ },
});

/** `com.amazonaws.drs#SourceServer`: 14 members, nested structures, lists and a map. */
export const SourceServer$: StructureSchema = struct('SourceServer', {
  sourceServerID: { target: SourceServerID$ },
  arn: { target: ARN$ },
  tags: { target: TagsMap$ },
  recoveryInstanceId: { target: RecoveryInstanceID$ },
  lastLaunchResult: { target: LastLaunchResult$ },
  dataReplicationInfo: { target: () => DataReplicationInfo$ },
  lifeCycle: { target: () => LifeCycle$ },
  sourceProperties: { target: () => SourceProperties$ },
  stagingArea: { target: () => StagingArea$ },
  sourceCloudProperties: { target: () => SourceCloudProperties$ },
  replicationDirection: { target: { type: 'enum', id: ns + 'ReplicationDirection', values: ['FAILOVER', 'FAILBACK'] } },
  reversedDirectionSourceServerArn: {
    target: str('SourceServerARN', {
      length: { min: 20, max: 2048 },
      pattern: '^arn:(?:[0-9a-zA-Z_-]+:){3}([0-9]{12,}):source-server/(s-[0-9a-zA-Z]{17})$',
    }),
  },
  sourceNetworkID: { target: str('SourceNetworkID', { length: { min: 20, max: 20 }, pattern: '^sn-[0-9a-zA-Z]{17}$' }) },
  agentVersion: { target: str('AgentVersion', { pattern: '^[0-9]{1,5}.[0-9]{1,5}.[0-9]{1,5}(.[0-9]{4}.[0-9]{3}.[0-9]{4})?$' }) },
  lastSeen: { target: Timestamp$ },
});
