// kernel k91_scan
@group(0) @binding(0) var<storage, read_write> t585: array<f32>;
@group(0) @binding(1) var<storage, read> t583: array<f32>;
@group(0) @binding(2) var<storage, read_write> t585_scratch: array<f32>;
@group(0) @binding(3) var<storage, read> t183: array<f32>;
@group(0) @binding(4) var<storage, read> t578: array<f32>;
@group(0) @binding(5) var<storage, read> t581: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 1024i; e += 256i) {
    let l584: f32 = t583[e / 64i % 16i * 64i + e % 64i];
    t585_scratch[26626i + e] = l584;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = 63i - step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 1024i; e_1 += 256i) {
      let l183: f32 = t183[e_1 / 64i % 16i * 4096i + t * 64i + e_1 % 64i];
      let l580: f32 = t578[66560i + t * 1024i + e_1 / 64i % 16i * 64i + e_1 % 64i];
      t585_scratch[e_1] = l183 - l580;
    }
    storageBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 1024i; e_2 += 256i) {
      let a: f32 = t585_scratch[e_2];
      t585_scratch[1024i + e_2] = a / 2.0f;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 1024i; e_3 += 256i) {
      let l580_1: f32 = t578[66560i + t * 1024i + e_3 / 64i % 16i * 64i + e_3 % 64i];
      let a_1: f32 = t585_scratch[1024i + e_3];
      t585_scratch[2048i + e_3] = l580_1 + a_1;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 1024i; e_4 += 256i) {
      let a_2: f32 = t585_scratch[2048i + e_4];
      t585_scratch[3072i + e_4] = a_2 - 1.0f;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 1024i; e_5 += 256i) {
      let a_3: f32 = t585_scratch[3072i + e_5];
      t585_scratch[4096i + e_5] = f32(a_3 >= 0.0f);
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 1024i; e_6 += 256i) {
      let a_4: bool = t585_scratch[4096i + e_6] != 0.0f;
      t585_scratch[5120i + e_6] = f32(a_4);
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 1024i; e_7 += 256i) {
      let a_5: f32 = t585_scratch[3072i + e_7];
      t585_scratch[6144i + e_7] = a_5 * 3.1415927f;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 1024i; e_8 += 256i) {
      let a_6: f32 = t585_scratch[6144i + e_8];
      let a_7: f32 = t585_scratch[6144i + e_8];
      t585_scratch[7168i + e_8] = a_6 * a_7;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 1024i; e_9 += 256i) {
      let a_8: f32 = t585_scratch[7168i + e_9];
      t585_scratch[8192i + e_9] = 1.0f + a_8;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 1024i; e_10 += 256i) {
      let a_9: f32 = t585_scratch[8192i + e_10];
      t585_scratch[9216i + e_10] = 1.0f / a_9;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 1024i; e_11 += 256i) {
      let a_10: f32 = t585_scratch[9216i + e_11];
      t585_scratch[10240i + e_11] = a_10;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1024i; e_12 += 256i) {
      let a_11: f32 = t585_scratch[5120i + e_12];
      t585_scratch[11264i + e_12] = a_11;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 1024i; e_13 += 256i) {
      let a_12: f32 = t585_scratch[11264i + e_13];
      t585_scratch[12288i + e_13] = 1.0f - a_12;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 1i; e_14 += 256i) {
      t585_scratch[13312i + e_14] = 1.0f;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 1024i; e_15 += 256i) {
      let a_13: f32 = t585_scratch[13312i];
      t585_scratch[13313i + e_15] = a_13;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 1024i; e_16 += 256i) {
      let a_14: f32 = t585_scratch[13313i + e_16];
      let l582: f32 = t581[t * 1024i + e_16 / 64i % 16i * 64i + e_16 % 64i];
      t585_scratch[14337i + e_16] = a_14 * l582;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 1i; e_17 += 256i) {
      t585_scratch[15361i + e_17] = 1.0f;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 1024i; e_18 += 256i) {
      let a_15: f32 = t585_scratch[15361i];
      t585_scratch[15362i + e_18] = a_15;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 1024i; e_19 += 256i) {
      let a_16: f32 = t585_scratch[15362i + e_19];
      let a_17: f32 = t585_scratch[26626i + e_19];
      t585_scratch[16386i + e_19] = a_16 * a_17;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 1024i; e_20 += 256i) {
      let a_18: f32 = t585_scratch[16386i + e_20];
      let a_19: f32 = t585_scratch[12288i + e_20];
      t585_scratch[17410i + e_20] = a_18 * a_19;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 1024i; e_21 += 256i) {
      let a_20: f32 = t585_scratch[16386i + e_21];
      let a_21: f32 = t585_scratch[2048i + e_21];
      t585_scratch[18434i + e_21] = a_20 * a_21;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 1024i; e_22 += 256i) {
      let a_22: f32 = t585_scratch[18434i + e_22];
      t585_scratch[19458i + e_22] = -a_22;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 1024i; e_23 += 256i) {
      let a_23: f32 = t585_scratch[14337i + e_23];
      let a_24: f32 = t585_scratch[19458i + e_23];
      t585_scratch[20482i + e_23] = a_23 + a_24;
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 1024i; e_24 += 256i) {
      let a_25: f32 = t585_scratch[20482i + e_24];
      let a_26: f32 = t585_scratch[10240i + e_24];
      t585_scratch[21506i + e_24] = a_25 * a_26;
    }
    storageBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 1024i; e_25 += 256i) {
      let a_27: f32 = t585_scratch[17410i + e_25];
      let a_28: f32 = t585_scratch[21506i + e_25];
      t585_scratch[22530i + e_25] = a_27 + a_28;
    }
    storageBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 1024i; e_26 += 256i) {
      let a_29: f32 = t585_scratch[22530i + e_26];
      t585_scratch[23554i + e_26] = a_29 / 2.0f;
    }
    storageBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 1024i; e_27 += 256i) {
      let a_30: f32 = t585_scratch[23554i + e_27];
      t585_scratch[24578i + e_27] = -a_30;
    }
    storageBarrier();
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 1024i; e_28 += 256i) {
      let a_31: f32 = t585_scratch[22530i + e_28];
      let a_32: f32 = t585_scratch[24578i + e_28];
      t585_scratch[25602i + e_28] = a_31 + a_32;
    }
    storageBarrier();
    for (var e_29: i32 = i32(loom_lid.x); e_29 < 1024i; e_29 += 256i) {
      t585[t * 1024i + e_29] = t585_scratch[23554i + e_29];
    }
    for (var e_30: i32 = i32(loom_lid.x); e_30 < 1024i; e_30 += 256i) {
      t585_scratch[26626i + e_30] = t585_scratch[25602i + e_30];
    }
    storageBarrier();
  }
  for (var e_31: i32 = i32(loom_lid.x); e_31 < 1024i; e_31 += 256i) {
    t585[65536i + e_31] = t585_scratch[26626i + e_31];
  }
}
