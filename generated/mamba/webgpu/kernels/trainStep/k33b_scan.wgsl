// kernel k33b_scan
@group(0) @binding(0) var<storage, read_write> t241: array<f32>;
@group(0) @binding(1) var<storage, read> t241_packed: array<f32>;
@group(0) @binding(2) var<storage, read_write> t241_scratch: array<f32>;
@group(0) @binding(3) var<storage, read> t140: array<f32>;
@group(0) @binding(4) var<storage, read> t232: array<f32>;
@group(0) @binding(5) var<storage, read> t133: array<f32>;
@group(0) @binding(6) var<storage, read> t134: array<f32>;
@group(0) @binding(7) var<storage, read> t235: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33b_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 32768i; e += 256i) {
    let l238: f32 = t241_packed[e / 2048i % 16i * 2048i + e / 16i % 128i * 16i + e % 16i];
    t241_scratch[798722i + e] = l238;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 128i; e_1 += 256i) {
    t241_scratch[831490i + e_1] = 0.0f;
  }
  for (var e_2: i32 = i32(loom_lid.x); e_2 < 2048i; e_2 += 256i) {
    t241_scratch[831618i + e_2] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = 63i - step;
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 2048i; e_3 += 256i) {
      let l140: f32 = t140[e_3 / 128i % 16i * 8192i + t * 128i + e_3 % 128i];
      t241_scratch[e_3] = l140;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 32768i; e_4 += 256i) {
      let a: f32 = t241_scratch[e_4 / 2048i % 16i * 128i + e_4 / 16i % 128i];
      t241_scratch[2048i + e_4] = a;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 2048i; e_5 += 256i) {
      let l142: f32 = t241_packed[32896i + (e_5 / 16i % 128i * 16i + e_5 % 16i)];
      t241_scratch[34816i + e_5] = l142;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 32768i; e_6 += 256i) {
      let a_1: f32 = t241_scratch[34816i + (e_6 / 16i % 128i * 16i + e_6 % 16i)];
      t241_scratch[36864i + e_6] = a_1;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 32768i; e_7 += 256i) {
      let a_2: f32 = t241_scratch[2048i + e_7];
      let a_3: f32 = t241_scratch[36864i + e_7];
      t241_scratch[69632i + e_7] = a_2 * a_3;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 32768i; e_8 += 256i) {
      let a_4: f32 = t241_scratch[69632i + e_8];
      t241_scratch[102400i + e_8] = exp(a_4);
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 32768i; e_9 += 256i) {
      let a_5: f32 = t241_scratch[102400i + e_9];
      let l234: f32 = t232[163840i + t * 32768i + e_9 / 2048i % 16i * 2048i + e_9 / 16i % 128i * 16i + e_9 % 16i];
      t241_scratch[135168i + e_9] = a_5 * l234;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 2048i; e_10 += 256i) {
      let l140_1: f32 = t140[e_10 / 128i % 16i * 8192i + t * 128i + e_10 % 128i];
      let l133: f32 = t133[e_10 / 128i % 16i * 8192i + t * 128i + e_10 % 128i];
      t241_scratch[167936i + e_10] = l140_1 * l133;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 2048i; e_11 += 256i) {
      let a_6: f32 = t241_scratch[167936i + e_11];
      t241_scratch[169984i + e_11] = a_6;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 256i; e_12 += 256i) {
      let l143: f32 = t134[4i + e_12 / 16i % 16i * 2304i + t * 36i + e_12 % 16i];
      t241_scratch[172032i + e_12] = l143;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 32768i; e_13 += 256i) {
      let a_7: f32 = t241_scratch[169984i + (e_13 / 2048i % 16i * 128i + e_13 / 16i % 128i)];
      t241_scratch[172288i + e_13] = a_7;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 32768i; e_14 += 256i) {
      let a_8: f32 = t241_scratch[172032i + (e_14 / 2048i % 16i * 16i + e_14 % 16i)];
      t241_scratch[205056i + e_14] = a_8;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 32768i; e_15 += 256i) {
      let a_9: f32 = t241_scratch[172288i + e_15];
      let a_10: f32 = t241_scratch[205056i + e_15];
      t241_scratch[237824i + e_15] = a_9 * a_10;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 32768i; e_16 += 256i) {
      let a_11: f32 = t241_scratch[135168i + e_16];
      let a_12: f32 = t241_scratch[237824i + e_16];
      t241_scratch[270592i + e_16] = a_11 + a_12;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 256i; e_17 += 256i) {
      let l144: f32 = t134[20i + e_17 / 16i % 16i * 2304i + t * 36i + e_17 % 16i];
      t241_scratch[303360i + e_17] = l144;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 32768i; e_18 += 256i) {
      let a_13: f32 = t241_scratch[303360i + (e_18 / 2048i % 16i * 16i + e_18 % 16i)];
      t241_scratch[303616i + e_18] = a_13;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 128i; e_19 += 256i) {
      let l19: f32 = t241_packed[32768i + e_19 % 128i];
      t241_scratch[336384i + e_19] = l19;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 2048i; e_20 += 256i) {
      let a_14: f32 = t241_scratch[336384i + e_20 % 128i];
      t241_scratch[336512i + e_20] = a_14;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 1i; e_21 += 256i) {
      t241_scratch[338560i + e_21] = 1.0f;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 2048i; e_22 += 256i) {
      let a_15: f32 = t241_scratch[338560i];
      t241_scratch[338561i + e_22] = a_15;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 2048i; e_23 += 256i) {
      let a_16: f32 = t241_scratch[338561i + e_23];
      let l236: f32 = t235[t * 2048i + e_23 / 128i % 16i * 128i + e_23 % 128i];
      t241_scratch[340609i + e_23] = a_16 * l236;
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 1i; e_24 += 256i) {
      t241_scratch[342657i + e_24] = 1.0f;
    }
    storageBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 32768i; e_25 += 256i) {
      let a_17: f32 = t241_scratch[342657i];
      t241_scratch[342658i + e_25] = a_17;
    }
    storageBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 32768i; e_26 += 256i) {
      let a_18: f32 = t241_scratch[342658i + e_26];
      let a_19: f32 = t241_scratch[798722i + e_26];
      t241_scratch[375426i + e_26] = a_18 * a_19;
    }
    storageBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 2048i; e_27 += 256i) {
      let a_20: f32 = t241_scratch[340609i + e_27];
      let l133_1: f32 = t133[e_27 / 128i % 16i * 8192i + t * 128i + e_27 % 128i];
      t241_scratch[408194i + e_27] = a_20 * l133_1;
    }
    storageBarrier();
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 2048i; e_28 += 256i) {
      let a_21: f32 = t241_scratch[340609i + e_28];
      let a_22: f32 = t241_scratch[336512i + e_28];
      t241_scratch[410242i + e_28] = a_21 * a_22;
    }
    storageBarrier();
    for (var e_29: i32 = i32(loom_lid.x); e_29 < 128i; e_29 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 16i; r++) {
        let a_23: f32 = t241_scratch[408194i + (r % 16i * 128i + e_29 % 128i)];
        acc += a_23;
      }
      t241_scratch[412290i + e_29] = acc;
    }
    storageBarrier();
    for (var e_30: i32 = i32(loom_lid.x); e_30 < 128i; e_30 += 256i) {
      let a_24: f32 = t241_scratch[412290i + e_30];
      t241_scratch[412418i + e_30] = a_24;
    }
    storageBarrier();
    for (var e_31: i32 = i32(loom_lid.x); e_31 < 2048i; e_31 += 256i) {
      let a_25: f32 = t241_scratch[340609i + e_31];
      t241_scratch[412546i + e_31] = a_25;
    }
    storageBarrier();
    for (var e_32: i32 = i32(loom_lid.x); e_32 < 32768i; e_32 += 256i) {
      let a_26: f32 = t241_scratch[412546i + (e_32 / 2048i % 16i * 128i + e_32 / 16i % 128i)];
      t241_scratch[414594i + e_32] = a_26;
    }
    storageBarrier();
    for (var e_33: i32 = i32(loom_lid.x); e_33 < 32768i; e_33 += 256i) {
      let a_27: f32 = t241_scratch[414594i + e_33];
      let a_28: f32 = t241_scratch[303616i + e_33];
      t241_scratch[447362i + e_33] = a_27 * a_28;
    }
    storageBarrier();
    for (var e_34: i32 = i32(loom_lid.x); e_34 < 32768i; e_34 += 256i) {
      let a_29: f32 = t241_scratch[414594i + e_34];
      let a_30: f32 = t241_scratch[270592i + e_34];
      t241_scratch[480130i + e_34] = a_29 * a_30;
    }
    storageBarrier();
    for (var e_35: i32 = i32(loom_lid.x); e_35 < 256i; e_35 += 256i) {
      var acc_1: f32 = 0.0f;
      for (var r_1: i32 = 0i; r_1 < 128i; r_1++) {
        let a_31: f32 = t241_scratch[480130i + (e_35 / 16i % 16i * 2048i + r_1 % 128i * 16i + e_35 % 16i)];
        acc_1 += a_31;
      }
      t241_scratch[512898i + e_35] = acc_1;
    }
    storageBarrier();
    for (var e_36: i32 = i32(loom_lid.x); e_36 < 256i; e_36 += 256i) {
      let a_32: f32 = t241_scratch[512898i + e_36];
      t241_scratch[513154i + e_36] = a_32;
    }
    storageBarrier();
    for (var e_37: i32 = i32(loom_lid.x); e_37 < 32768i; e_37 += 256i) {
      let a_33: f32 = t241_scratch[375426i + e_37];
      let a_34: f32 = t241_scratch[447362i + e_37];
      t241_scratch[513410i + e_37] = a_33 + a_34;
    }
    storageBarrier();
    for (var e_38: i32 = i32(loom_lid.x); e_38 < 32768i; e_38 += 256i) {
      let a_35: f32 = t241_scratch[513410i + e_38];
      let a_36: f32 = t241_scratch[205056i + e_38];
      t241_scratch[546178i + e_38] = a_35 * a_36;
    }
    storageBarrier();
    for (var e_39: i32 = i32(loom_lid.x); e_39 < 32768i; e_39 += 256i) {
      let a_37: f32 = t241_scratch[513410i + e_39];
      let a_38: f32 = t241_scratch[172288i + e_39];
      t241_scratch[578946i + e_39] = a_37 * a_38;
    }
    storageBarrier();
    for (var e_40: i32 = i32(loom_lid.x); e_40 < 256i; e_40 += 256i) {
      var acc_2: f32 = 0.0f;
      for (var r_2: i32 = 0i; r_2 < 128i; r_2++) {
        let a_39: f32 = t241_scratch[578946i + (e_40 / 16i % 16i * 2048i + r_2 % 128i * 16i + e_40 % 16i)];
        acc_2 += a_39;
      }
      t241_scratch[611714i + e_40] = acc_2;
    }
    storageBarrier();
    for (var e_41: i32 = i32(loom_lid.x); e_41 < 2048i; e_41 += 256i) {
      var acc_3: f32 = 0.0f;
      for (var r_3: i32 = 0i; r_3 < 16i; r_3++) {
        let a_40: f32 = t241_scratch[546178i + (e_41 / 128i % 16i * 2048i + e_41 % 128i * 16i + r_3 % 16i)];
        acc_3 += a_40;
      }
      t241_scratch[611970i + e_41] = acc_3;
    }
    storageBarrier();
    for (var e_42: i32 = i32(loom_lid.x); e_42 < 256i; e_42 += 256i) {
      let a_41: f32 = t241_scratch[611714i + e_42];
      t241_scratch[614018i + e_42] = a_41;
    }
    storageBarrier();
    for (var e_43: i32 = i32(loom_lid.x); e_43 < 2048i; e_43 += 256i) {
      let a_42: f32 = t241_scratch[611970i + e_43];
      t241_scratch[614274i + e_43] = a_42;
    }
    storageBarrier();
    for (var e_44: i32 = i32(loom_lid.x); e_44 < 2048i; e_44 += 256i) {
      let a_43: f32 = t241_scratch[614274i + e_44];
      let l133_2: f32 = t133[e_44 / 128i % 16i * 8192i + t * 128i + e_44 % 128i];
      t241_scratch[616322i + e_44] = a_43 * l133_2;
    }
    storageBarrier();
    for (var e_45: i32 = i32(loom_lid.x); e_45 < 2048i; e_45 += 256i) {
      let a_44: f32 = t241_scratch[614274i + e_45];
      let l140_2: f32 = t140[e_45 / 128i % 16i * 8192i + t * 128i + e_45 % 128i];
      t241_scratch[618370i + e_45] = a_44 * l140_2;
    }
    storageBarrier();
    for (var e_46: i32 = i32(loom_lid.x); e_46 < 32768i; e_46 += 256i) {
      let a_45: f32 = t241_scratch[513410i + e_46];
      let l234_1: f32 = t232[163840i + t * 32768i + e_46 / 2048i % 16i * 2048i + e_46 / 16i % 128i * 16i + e_46 % 16i];
      t241_scratch[620418i + e_46] = a_45 * l234_1;
    }
    storageBarrier();
    for (var e_47: i32 = i32(loom_lid.x); e_47 < 32768i; e_47 += 256i) {
      let a_46: f32 = t241_scratch[513410i + e_47];
      let a_47: f32 = t241_scratch[102400i + e_47];
      t241_scratch[653186i + e_47] = a_46 * a_47;
    }
    storageBarrier();
    for (var e_48: i32 = i32(loom_lid.x); e_48 < 32768i; e_48 += 256i) {
      let a_48: f32 = t241_scratch[620418i + e_48];
      let a_49: f32 = t241_scratch[102400i + e_48];
      t241_scratch[685954i + e_48] = a_48 * a_49;
    }
    storageBarrier();
    for (var e_49: i32 = i32(loom_lid.x); e_49 < 32768i; e_49 += 256i) {
      let a_50: f32 = t241_scratch[685954i + e_49];
      let a_51: f32 = t241_scratch[36864i + e_49];
      t241_scratch[718722i + e_49] = a_50 * a_51;
    }
    storageBarrier();
    for (var e_50: i32 = i32(loom_lid.x); e_50 < 32768i; e_50 += 256i) {
      let a_52: f32 = t241_scratch[685954i + e_50];
      let a_53: f32 = t241_scratch[2048i + e_50];
      t241_scratch[751490i + e_50] = a_52 * a_53;
    }
    storageBarrier();
    for (var e_51: i32 = i32(loom_lid.x); e_51 < 2048i; e_51 += 256i) {
      var acc_4: f32 = 0.0f;
      for (var r_4: i32 = 0i; r_4 < 16i; r_4++) {
        let a_54: f32 = t241_scratch[751490i + (r_4 % 16i * 2048i + e_51 / 16i % 128i * 16i + e_51 % 16i)];
        acc_4 += a_54;
      }
      t241_scratch[784258i + e_51] = acc_4;
    }
    storageBarrier();
    for (var e_52: i32 = i32(loom_lid.x); e_52 < 2048i; e_52 += 256i) {
      let a_55: f32 = t241_scratch[784258i + e_52];
      t241_scratch[786306i + e_52] = a_55;
    }
    storageBarrier();
    for (var e_53: i32 = i32(loom_lid.x); e_53 < 2048i; e_53 += 256i) {
      var acc_5: f32 = 0.0f;
      for (var r_5: i32 = 0i; r_5 < 16i; r_5++) {
        let a_56: f32 = t241_scratch[718722i + (e_53 / 128i % 16i * 2048i + e_53 % 128i * 16i + r_5 % 16i)];
        acc_5 += a_56;
      }
      t241_scratch[788354i + e_53] = acc_5;
    }
    storageBarrier();
    for (var e_54: i32 = i32(loom_lid.x); e_54 < 2048i; e_54 += 256i) {
      let a_57: f32 = t241_scratch[788354i + e_54];
      t241_scratch[790402i + e_54] = a_57;
    }
    storageBarrier();
    for (var e_55: i32 = i32(loom_lid.x); e_55 < 2048i; e_55 += 256i) {
      let a_58: f32 = t241_scratch[616322i + e_55];
      let a_59: f32 = t241_scratch[790402i + e_55];
      t241_scratch[792450i + e_55] = a_58 + a_59;
    }
    storageBarrier();
    for (var e_56: i32 = i32(loom_lid.x); e_56 < 2048i; e_56 += 256i) {
      let a_60: f32 = t241_scratch[410242i + e_56];
      let a_61: f32 = t241_scratch[618370i + e_56];
      t241_scratch[794498i + e_56] = a_60 + a_61;
    }
    storageBarrier();
    for (var e_57: i32 = i32(loom_lid.x); e_57 < 128i; e_57 += 256i) {
      let a_62: f32 = t241_scratch[831490i + e_57];
      let a_63: f32 = t241_scratch[412418i + e_57];
      t241_scratch[796546i + e_57] = a_62 + a_63;
    }
    storageBarrier();
    for (var e_58: i32 = i32(loom_lid.x); e_58 < 2048i; e_58 += 256i) {
      let a_64: f32 = t241_scratch[831618i + e_58];
      let a_65: f32 = t241_scratch[786306i + e_58];
      t241_scratch[796674i + e_58] = a_64 + a_65;
    }
    storageBarrier();
    for (var e_59: i32 = i32(loom_lid.x); e_59 < 2048i; e_59 += 256i) {
      t241[t * 2048i + e_59] = t241_scratch[794498i + e_59];
    }
    for (var e_60: i32 = i32(loom_lid.x); e_60 < 2048i; e_60 += 256i) {
      t241[131072i + t * 2048i + e_60] = t241_scratch[792450i + e_60];
    }
    for (var e_61: i32 = i32(loom_lid.x); e_61 < 256i; e_61 += 256i) {
      t241[262144i + t * 256i + e_61] = t241_scratch[614018i + e_61];
    }
    for (var e_62: i32 = i32(loom_lid.x); e_62 < 256i; e_62 += 256i) {
      t241[278528i + t * 256i + e_62] = t241_scratch[513154i + e_62];
    }
    for (var e_63: i32 = i32(loom_lid.x); e_63 < 32768i; e_63 += 256i) {
      t241_scratch[798722i + e_63] = t241_scratch[653186i + e_63];
    }
    for (var e_64: i32 = i32(loom_lid.x); e_64 < 128i; e_64 += 256i) {
      t241_scratch[831490i + e_64] = t241_scratch[796546i + e_64];
    }
    for (var e_65: i32 = i32(loom_lid.x); e_65 < 2048i; e_65 += 256i) {
      t241_scratch[831618i + e_65] = t241_scratch[796674i + e_65];
    }
    storageBarrier();
  }
  for (var e_66: i32 = i32(loom_lid.x); e_66 < 32768i; e_66 += 256i) {
    t241[294912i + e_66] = t241_scratch[798722i + e_66];
  }
  for (var e_67: i32 = i32(loom_lid.x); e_67 < 128i; e_67 += 256i) {
    t241[327680i + e_67] = t241_scratch[831490i + e_67];
  }
  for (var e_68: i32 = i32(loom_lid.x); e_68 < 2048i; e_68 += 256i) {
    t241[327808i + e_68] = t241_scratch[831618i + e_68];
  }
}
