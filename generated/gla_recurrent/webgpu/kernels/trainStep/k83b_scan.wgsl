// kernel k83b_scan
@group(0) @binding(0) var<storage, read_write> t455: array<f32>;
@group(0) @binding(1) var<storage, read> t455_packed: array<f32>;
@group(0) @binding(2) var<storage, read_write> t455_scratch: array<f32>;
@group(0) @binding(3) var<storage, read> t66: array<f32>;
@group(0) @binding(4) var<storage, read> t448: array<f32>;
@group(0) @binding(5) var<storage, read> t51: array<f32>;
@group(0) @binding(6) var<storage, read> t54: array<f32>;
@group(0) @binding(7) var<storage, read> t451: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k83b_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 16384i; e += 256i) {
    let l454: f32 = t455_packed[e / 1024i % 16i * 1024i + e / 256i % 4i * 256i + e / 16i % 16i * 16i + e % 16i];
    t455_scratch[244738i + e] = l454;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = 63i - step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 1024i; e_1 += 256i) {
      let l68: f32 = t66[e_1 / 64i % 16i * 4096i + e_1 / 16i % 4i * 16i + t * 64i + e_1 % 16i];
      t455_scratch[e_1] = exp(l68);
    }
    storageBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 1024i; e_2 += 256i) {
      let a: f32 = t455_scratch[e_2];
      t455_scratch[1024i + e_2] = a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 16384i; e_3 += 256i) {
      let a_1: f32 = t455_scratch[1024i + (e_3 / 1024i % 16i * 64i + e_3 / 256i % 4i * 16i + e_3 / 16i % 16i)];
      t455_scratch[2048i + e_3] = a_1;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 16384i; e_4 += 256i) {
      let a_2: f32 = t455_scratch[2048i + e_4];
      let l450: f32 = t448[81920i + t * 16384i + e_4 / 1024i % 16i * 1024i + e_4 / 256i % 4i * 256i + e_4 / 16i % 16i * 16i + e_4 % 16i];
      t455_scratch[18432i + e_4] = a_2 * l450;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 1024i; e_5 += 256i) {
      let l53: f32 = t51[e_5 / 64i % 16i * 4096i + e_5 / 16i % 4i * 16i + t * 64i + e_5 % 16i];
      t455_scratch[34816i + e_5] = l53;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 1024i; e_6 += 256i) {
      let l56: f32 = t54[e_6 / 64i % 16i * 4096i + e_6 / 16i % 4i * 16i + t * 64i + e_6 % 16i];
      t455_scratch[35840i + e_6] = l56;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 16384i; e_7 += 256i) {
      let a_3: f32 = t455_scratch[34816i + (e_7 / 1024i % 16i * 64i + e_7 / 256i % 4i * 16i + e_7 / 16i % 16i)];
      t455_scratch[36864i + e_7] = a_3;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 16384i; e_8 += 256i) {
      let a_4: f32 = t455_scratch[35840i + (e_8 / 1024i % 16i * 64i + e_8 / 256i % 4i * 16i + e_8 % 16i)];
      t455_scratch[53248i + e_8] = a_4;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 16384i; e_9 += 256i) {
      let a_5: f32 = t455_scratch[36864i + e_9];
      let a_6: f32 = t455_scratch[53248i + e_9];
      t455_scratch[69632i + e_9] = a_5 * a_6;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 16384i; e_10 += 256i) {
      let a_7: f32 = t455_scratch[18432i + e_10];
      let a_8: f32 = t455_scratch[69632i + e_10];
      t455_scratch[86016i + e_10] = a_7 + a_8;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 1i; e_11 += 256i) {
      t455_scratch[102400i + e_11] = 1.0f;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1024i; e_12 += 256i) {
      let a_9: f32 = t455_scratch[102400i];
      t455_scratch[102401i + e_12] = a_9;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 1024i; e_13 += 256i) {
      let a_10: f32 = t455_scratch[102401i + e_13];
      let l452: f32 = t451[t * 1024i + e_13 / 64i % 16i * 64i + e_13 / 16i % 4i * 16i + e_13 % 16i];
      t455_scratch[103425i + e_13] = a_10 * l452;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 1i; e_14 += 256i) {
      t455_scratch[104449i + e_14] = 1.0f;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 16384i; e_15 += 256i) {
      let a_11: f32 = t455_scratch[104449i];
      t455_scratch[104450i + e_15] = a_11;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 16384i; e_16 += 256i) {
      let a_12: f32 = t455_scratch[104450i + e_16];
      let a_13: f32 = t455_scratch[244738i + e_16];
      t455_scratch[120834i + e_16] = a_12 * a_13;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 1024i; e_17 += 256i) {
      let a_14: f32 = t455_scratch[103425i + e_17];
      t455_scratch[137218i + e_17] = a_14 / 4.0f;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 16384i; e_18 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 1i; r++) {
        let a_15: f32 = t455_scratch[137218i + (e_18 / 1024i % 16i * 64i + e_18 / 256i % 4i * 16i + e_18 % 16i)];
        let l50: f32 = t455_packed[16384i + ((e_18 / 1024i % 16i * 64i + e_18 / 256i % 4i * 16i + e_18 / 16i % 16i) / 64i % 16i * 4096i + (e_18 / 1024i % 16i * 64i + e_18 / 256i % 4i * 16i + e_18 / 16i % 16i) / 16i % 4i * 16i + t * 64i + (e_18 / 1024i % 16i * 64i + e_18 / 256i % 4i * 16i + e_18 / 16i % 16i) % 16i)];
        acc += a_15 * l50;
      }
      t455_scratch[138242i + e_18] = acc;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 1024i; e_19 += 256i) {
      var acc_1: f32 = 0.0f;
      for (var r_1: i32 = 0i; r_1 < 16i; r_1++) {
        let a_16: f32 = t455_scratch[137218i + (e_19 / 64i % 16i * 64i + e_19 / 16i % 4i * 16i + r_1 % 16i)];
        let a_17: f32 = t455_scratch[86016i + (e_19 / 64i % 16i * 1024i + e_19 / 16i % 4i * 256i + e_19 % 16i * 16i + r_1 % 16i)];
        acc_1 += a_16 * a_17;
      }
      t455_scratch[154626i + e_19] = acc_1;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 16384i; e_20 += 256i) {
      let a_18: f32 = t455_scratch[120834i + e_20];
      let a_19: f32 = t455_scratch[138242i + e_20];
      t455_scratch[155650i + e_20] = a_18 + a_19;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 16384i; e_21 += 256i) {
      let a_20: f32 = t455_scratch[155650i + e_21];
      let a_21: f32 = t455_scratch[53248i + e_21];
      t455_scratch[172034i + e_21] = a_20 * a_21;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 16384i; e_22 += 256i) {
      let a_22: f32 = t455_scratch[155650i + e_22];
      let a_23: f32 = t455_scratch[36864i + e_22];
      t455_scratch[188418i + e_22] = a_22 * a_23;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 1024i; e_23 += 256i) {
      var acc_2: f32 = 0.0f;
      for (var r_2: i32 = 0i; r_2 < 16i; r_2++) {
        let a_24: f32 = t455_scratch[188418i + (e_23 / 64i % 16i * 1024i + e_23 / 16i % 4i * 256i + r_2 % 16i * 16i + e_23 % 16i)];
        acc_2 += a_24;
      }
      t455_scratch[204802i + e_23] = acc_2;
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 1024i; e_24 += 256i) {
      var acc_3: f32 = 0.0f;
      for (var r_3: i32 = 0i; r_3 < 16i; r_3++) {
        let a_25: f32 = t455_scratch[172034i + (e_24 / 64i % 16i * 1024i + e_24 / 16i % 4i * 256i + e_24 % 16i * 16i + r_3 % 16i)];
        acc_3 += a_25;
      }
      t455_scratch[205826i + e_24] = acc_3;
    }
    storageBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 1024i; e_25 += 256i) {
      let a_26: f32 = t455_scratch[204802i + e_25];
      t455_scratch[206850i + e_25] = a_26;
    }
    storageBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 1024i; e_26 += 256i) {
      let a_27: f32 = t455_scratch[205826i + e_26];
      t455_scratch[207874i + e_26] = a_27;
    }
    storageBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 16384i; e_27 += 256i) {
      let a_28: f32 = t455_scratch[155650i + e_27];
      let l450_1: f32 = t448[81920i + t * 16384i + e_27 / 1024i % 16i * 1024i + e_27 / 256i % 4i * 256i + e_27 / 16i % 16i * 16i + e_27 % 16i];
      t455_scratch[208898i + e_27] = a_28 * l450_1;
    }
    storageBarrier();
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 16384i; e_28 += 256i) {
      let a_29: f32 = t455_scratch[155650i + e_28];
      let a_30: f32 = t455_scratch[2048i + e_28];
      t455_scratch[225282i + e_28] = a_29 * a_30;
    }
    storageBarrier();
    for (var e_29: i32 = i32(loom_lid.x); e_29 < 1024i; e_29 += 256i) {
      var acc_4: f32 = 0.0f;
      for (var r_4: i32 = 0i; r_4 < 16i; r_4++) {
        let a_31: f32 = t455_scratch[208898i + (e_29 / 64i % 16i * 1024i + e_29 / 16i % 4i * 256i + e_29 % 16i * 16i + r_4 % 16i)];
        acc_4 += a_31;
      }
      t455_scratch[241666i + e_29] = acc_4;
    }
    storageBarrier();
    for (var e_30: i32 = i32(loom_lid.x); e_30 < 1024i; e_30 += 256i) {
      let a_32: f32 = t455_scratch[241666i + e_30];
      t455_scratch[242690i + e_30] = a_32;
    }
    storageBarrier();
    for (var e_31: i32 = i32(loom_lid.x); e_31 < 1024i; e_31 += 256i) {
      let a_33: f32 = t455_scratch[242690i + e_31];
      let a_34: f32 = t455_scratch[e_31];
      t455_scratch[243714i + e_31] = a_33 * a_34;
    }
    storageBarrier();
    for (var e_32: i32 = i32(loom_lid.x); e_32 < 1024i; e_32 += 256i) {
      t455[t * 1024i + e_32] = t455_scratch[154626i + e_32];
    }
    for (var e_33: i32 = i32(loom_lid.x); e_33 < 1024i; e_33 += 256i) {
      t455[65536i + t * 1024i + e_33] = t455_scratch[207874i + e_33];
    }
    for (var e_34: i32 = i32(loom_lid.x); e_34 < 1024i; e_34 += 256i) {
      t455[131072i + t * 1024i + e_34] = t455_scratch[206850i + e_34];
    }
    for (var e_35: i32 = i32(loom_lid.x); e_35 < 1024i; e_35 += 256i) {
      t455[196608i + t * 1024i + e_35] = t455_scratch[243714i + e_35];
    }
    for (var e_36: i32 = i32(loom_lid.x); e_36 < 16384i; e_36 += 256i) {
      t455_scratch[244738i + e_36] = t455_scratch[225282i + e_36];
    }
    storageBarrier();
  }
  for (var e_37: i32 = i32(loom_lid.x); e_37 < 16384i; e_37 += 256i) {
    t455[262144i + e_37] = t455_scratch[244738i + e_37];
  }
}
