// kernel k64b_scan
@group(0) @binding(0) var<storage, read_write> t447: array<f32>;
@group(0) @binding(1) var<storage, read> t447_packed: array<f32>;
@group(0) @binding(2) var<storage, read_write> t447_scratch: array<f32>;
@group(0) @binding(3) var<storage, read> t444: array<f32>;
@group(0) @binding(4) var<storage, read> t196: array<f32>;
@group(0) @binding(5) var<storage, read> t431: array<f32>;
@group(0) @binding(6) var<storage, read> t205: array<f32>;
@group(0) @binding(7) var<storage, read> t438: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k64b_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 1024i; e += 256i) {
    let l441: f32 = t447_packed[e / 64i % 16i * 64i + e % 64i];
    t447_scratch[82051i + e] = l441;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 1024i; e_1 += 256i) {
    let l443: f32 = t447_packed[1024i + (e_1 / 64i % 16i * 64i + e_1 % 64i)];
    t447_scratch[83075i + e_1] = l443;
  }
  for (var e_2: i32 = i32(loom_lid.x); e_2 < 1024i; e_2 += 256i) {
    let l445: f32 = t444[e_2 / 64i % 16i * 64i + e_2 % 64i];
    t447_scratch[84099i + e_2] = l445;
  }
  for (var e_3: i32 = i32(loom_lid.x); e_3 < 64i; e_3 += 256i) {
    t447_scratch[85123i + e_3] = 0.0f;
  }
  for (var e_4: i32 = i32(loom_lid.x); e_4 < 64i; e_4 += 256i) {
    t447_scratch[85187i + e_4] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = 63i - step;
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 64i; e_5 += 256i) {
      let l24: f32 = t447_packed[2048i + e_5 % 64i];
      t447_scratch[e_5] = l24;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 1024i; e_6 += 256i) {
      let a: f32 = t447_scratch[e_6 % 64i];
      t447_scratch[64i + e_6] = a;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 1024i; e_7 += 256i) {
      let a_1: f32 = t447_scratch[64i + e_7];
      let l196: f32 = t196[e_7 / 64i % 16i * 4096i + t * 64i + e_7 % 64i];
      t447_scratch[1088i + e_7] = a_1 + l196;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 1024i; e_8 += 256i) {
      let l437: f32 = t431[199680i + t * 1024i + e_8 / 64i % 16i * 64i + e_8 % 64i];
      let a_2: f32 = t447_scratch[1088i + e_8];
      t447_scratch[2112i + e_8] = max(l437, a_2);
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 1024i; e_9 += 256i) {
      let a_3: f32 = t447_scratch[2112i + e_9];
      t447_scratch[3136i + e_9] = a_3;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 1024i; e_10 += 256i) {
      let l437_1: f32 = t431[199680i + t * 1024i + e_10 / 64i % 16i * 64i + e_10 % 64i];
      let a_4: f32 = t447_scratch[3136i + e_10];
      t447_scratch[4160i + e_10] = l437_1 - a_4;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 1024i; e_11 += 256i) {
      let a_5: f32 = t447_scratch[4160i + e_11];
      t447_scratch[5184i + e_11] = exp(a_5);
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1024i; e_12 += 256i) {
      let a_6: f32 = t447_scratch[5184i + e_12];
      let l433: f32 = t431[68608i + t * 1024i + e_12 / 64i % 16i * 64i + e_12 % 64i];
      t447_scratch[6208i + e_12] = a_6 * l433;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 64i; e_13 += 256i) {
      let l24_1: f32 = t447_packed[2048i + e_13 % 64i];
      t447_scratch[7232i + e_13] = l24_1;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 1024i; e_14 += 256i) {
      let a_7: f32 = t447_scratch[7232i + e_14 % 64i];
      t447_scratch[7296i + e_14] = a_7;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 1024i; e_15 += 256i) {
      let a_8: f32 = t447_scratch[7296i + e_15];
      let l196_1: f32 = t196[e_15 / 64i % 16i * 4096i + t * 64i + e_15 % 64i];
      t447_scratch[8320i + e_15] = a_8 + l196_1;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 1024i; e_16 += 256i) {
      let a_9: f32 = t447_scratch[8320i + e_16];
      let a_10: f32 = t447_scratch[3136i + e_16];
      t447_scratch[9344i + e_16] = a_9 - a_10;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 1024i; e_17 += 256i) {
      let a_11: f32 = t447_scratch[9344i + e_17];
      t447_scratch[10368i + e_17] = exp(a_11);
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 1024i; e_18 += 256i) {
      let a_12: f32 = t447_scratch[10368i + e_18];
      let l205: f32 = t205[e_18 / 64i % 16i * 4096i + t * 64i + e_18 % 64i];
      t447_scratch[11392i + e_18] = a_12 * l205;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 1024i; e_19 += 256i) {
      let a_13: f32 = t447_scratch[6208i + e_19];
      let a_14: f32 = t447_scratch[11392i + e_19];
      t447_scratch[12416i + e_19] = a_13 + a_14;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 1024i; e_20 += 256i) {
      let l437_2: f32 = t431[199680i + t * 1024i + e_20 / 64i % 16i * 64i + e_20 % 64i];
      let a_15: f32 = t447_scratch[3136i + e_20];
      t447_scratch[13440i + e_20] = l437_2 - a_15;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 1024i; e_21 += 256i) {
      let a_16: f32 = t447_scratch[13440i + e_21];
      t447_scratch[14464i + e_21] = exp(a_16);
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 1024i; e_22 += 256i) {
      let a_17: f32 = t447_scratch[14464i + e_22];
      let l435: f32 = t431[134144i + t * 1024i + e_22 / 64i % 16i * 64i + e_22 % 64i];
      t447_scratch[15488i + e_22] = a_17 * l435;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 64i; e_23 += 256i) {
      let l24_2: f32 = t447_packed[2048i + e_23 % 64i];
      t447_scratch[16512i + e_23] = l24_2;
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 1024i; e_24 += 256i) {
      let a_18: f32 = t447_scratch[16512i + e_24 % 64i];
      t447_scratch[16576i + e_24] = a_18;
    }
    storageBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 1024i; e_25 += 256i) {
      let a_19: f32 = t447_scratch[16576i + e_25];
      let l196_2: f32 = t196[e_25 / 64i % 16i * 4096i + t * 64i + e_25 % 64i];
      t447_scratch[17600i + e_25] = a_19 + l196_2;
    }
    storageBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 1024i; e_26 += 256i) {
      let a_20: f32 = t447_scratch[17600i + e_26];
      let a_21: f32 = t447_scratch[3136i + e_26];
      t447_scratch[18624i + e_26] = a_20 - a_21;
    }
    storageBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 1024i; e_27 += 256i) {
      let a_22: f32 = t447_scratch[18624i + e_27];
      t447_scratch[19648i + e_27] = exp(a_22);
    }
    storageBarrier();
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 1024i; e_28 += 256i) {
      let a_23: f32 = t447_scratch[15488i + e_28];
      let a_24: f32 = t447_scratch[19648i + e_28];
      t447_scratch[20672i + e_28] = a_23 + a_24;
    }
    storageBarrier();
    for (var e_29: i32 = i32(loom_lid.x); e_29 < 1024i; e_29 += 256i) {
      let a_25: f32 = t447_scratch[12416i + e_29];
      let a_26: f32 = t447_scratch[20672i + e_29];
      t447_scratch[21696i + e_29] = a_25 / a_26;
    }
    storageBarrier();
    for (var e_30: i32 = i32(loom_lid.x); e_30 < 64i; e_30 += 256i) {
      let l187: f32 = t447_packed[2112i + e_30 % 64i];
      t447_scratch[22720i + e_30] = l187;
    }
    storageBarrier();
    for (var e_31: i32 = i32(loom_lid.x); e_31 < 1024i; e_31 += 256i) {
      let a_27: f32 = t447_scratch[22720i + e_31 % 64i];
      t447_scratch[22784i + e_31] = a_27;
    }
    storageBarrier();
    for (var e_32: i32 = i32(loom_lid.x); e_32 < 1024i; e_32 += 256i) {
      let l437_3: f32 = t431[199680i + t * 1024i + e_32 / 64i % 16i * 64i + e_32 % 64i];
      let a_28: f32 = t447_scratch[22784i + e_32];
      t447_scratch[23808i + e_32] = l437_3 - a_28;
    }
    storageBarrier();
    for (var e_33: i32 = i32(loom_lid.x); e_33 < 1024i; e_33 += 256i) {
      let a_29: f32 = t447_scratch[23808i + e_33];
      let l196_3: f32 = t196[e_33 / 64i % 16i * 4096i + t * 64i + e_33 % 64i];
      t447_scratch[24832i + e_33] = max(a_29, l196_3);
    }
    storageBarrier();
    for (var e_34: i32 = i32(loom_lid.x); e_34 < 1024i; e_34 += 256i) {
      let a_30: f32 = t447_scratch[24832i + e_34];
      t447_scratch[25856i + e_34] = a_30;
    }
    storageBarrier();
    for (var e_35: i32 = i32(loom_lid.x); e_35 < 64i; e_35 += 256i) {
      let l187_1: f32 = t447_packed[2112i + e_35 % 64i];
      t447_scratch[26880i + e_35] = l187_1;
    }
    storageBarrier();
    for (var e_36: i32 = i32(loom_lid.x); e_36 < 1024i; e_36 += 256i) {
      let a_31: f32 = t447_scratch[26880i + e_36 % 64i];
      t447_scratch[26944i + e_36] = a_31;
    }
    storageBarrier();
    for (var e_37: i32 = i32(loom_lid.x); e_37 < 1024i; e_37 += 256i) {
      let l437_4: f32 = t431[199680i + t * 1024i + e_37 / 64i % 16i * 64i + e_37 % 64i];
      let a_32: f32 = t447_scratch[26944i + e_37];
      t447_scratch[27968i + e_37] = l437_4 - a_32;
    }
    storageBarrier();
    for (var e_38: i32 = i32(loom_lid.x); e_38 < 1024i; e_38 += 256i) {
      let a_33: f32 = t447_scratch[27968i + e_38];
      let a_34: f32 = t447_scratch[25856i + e_38];
      t447_scratch[28992i + e_38] = a_33 - a_34;
    }
    storageBarrier();
    for (var e_39: i32 = i32(loom_lid.x); e_39 < 1024i; e_39 += 256i) {
      let a_35: f32 = t447_scratch[28992i + e_39];
      t447_scratch[30016i + e_39] = exp(a_35);
    }
    storageBarrier();
    for (var e_40: i32 = i32(loom_lid.x); e_40 < 1024i; e_40 += 256i) {
      let l196_4: f32 = t196[e_40 / 64i % 16i * 4096i + t * 64i + e_40 % 64i];
      let a_36: f32 = t447_scratch[25856i + e_40];
      t447_scratch[31040i + e_40] = l196_4 - a_36;
    }
    storageBarrier();
    for (var e_41: i32 = i32(loom_lid.x); e_41 < 1024i; e_41 += 256i) {
      let a_37: f32 = t447_scratch[31040i + e_41];
      t447_scratch[32064i + e_41] = exp(a_37);
    }
    storageBarrier();
    for (var e_42: i32 = i32(loom_lid.x); e_42 < 64i; e_42 += 256i) {
      let l187_2: f32 = t447_packed[2112i + e_42 % 64i];
      t447_scratch[33088i + e_42] = l187_2;
    }
    storageBarrier();
    for (var e_43: i32 = i32(loom_lid.x); e_43 < 1024i; e_43 += 256i) {
      let a_38: f32 = t447_scratch[33088i + e_43 % 64i];
      t447_scratch[33152i + e_43] = a_38;
    }
    storageBarrier();
    for (var e_44: i32 = i32(loom_lid.x); e_44 < 1024i; e_44 += 256i) {
      let l437_5: f32 = t431[199680i + t * 1024i + e_44 / 64i % 16i * 64i + e_44 % 64i];
      let a_39: f32 = t447_scratch[33152i + e_44];
      t447_scratch[34176i + e_44] = l437_5 - a_39;
    }
    storageBarrier();
    for (var e_45: i32 = i32(loom_lid.x); e_45 < 1024i; e_45 += 256i) {
      let a_40: f32 = t447_scratch[34176i + e_45];
      let a_41: f32 = t447_scratch[25856i + e_45];
      t447_scratch[35200i + e_45] = a_40 - a_41;
    }
    storageBarrier();
    for (var e_46: i32 = i32(loom_lid.x); e_46 < 1024i; e_46 += 256i) {
      let a_42: f32 = t447_scratch[35200i + e_46];
      t447_scratch[36224i + e_46] = exp(a_42);
    }
    storageBarrier();
    for (var e_47: i32 = i32(loom_lid.x); e_47 < 1024i; e_47 += 256i) {
      let l196_5: f32 = t196[e_47 / 64i % 16i * 4096i + t * 64i + e_47 % 64i];
      let a_43: f32 = t447_scratch[25856i + e_47];
      t447_scratch[37248i + e_47] = l196_5 - a_43;
    }
    storageBarrier();
    for (var e_48: i32 = i32(loom_lid.x); e_48 < 1024i; e_48 += 256i) {
      let a_44: f32 = t447_scratch[37248i + e_48];
      t447_scratch[38272i + e_48] = exp(a_44);
    }
    storageBarrier();
    for (var e_49: i32 = i32(loom_lid.x); e_49 < 1i; e_49 += 256i) {
      t447_scratch[39296i + e_49] = 1.0f;
    }
    storageBarrier();
    for (var e_50: i32 = i32(loom_lid.x); e_50 < 1024i; e_50 += 256i) {
      let a_45: f32 = t447_scratch[39296i];
      t447_scratch[39297i + e_50] = a_45;
    }
    storageBarrier();
    for (var e_51: i32 = i32(loom_lid.x); e_51 < 1024i; e_51 += 256i) {
      let a_46: f32 = t447_scratch[39297i + e_51];
      let l439: f32 = t438[t * 1024i + e_51 / 64i % 16i * 64i + e_51 % 64i];
      t447_scratch[40321i + e_51] = a_46 * l439;
    }
    storageBarrier();
    for (var e_52: i32 = i32(loom_lid.x); e_52 < 1i; e_52 += 256i) {
      t447_scratch[41345i + e_52] = 1.0f;
    }
    storageBarrier();
    for (var e_53: i32 = i32(loom_lid.x); e_53 < 1024i; e_53 += 256i) {
      let a_47: f32 = t447_scratch[41345i];
      t447_scratch[41346i + e_53] = a_47;
    }
    storageBarrier();
    for (var e_54: i32 = i32(loom_lid.x); e_54 < 1024i; e_54 += 256i) {
      let a_48: f32 = t447_scratch[41346i + e_54];
      let a_49: f32 = t447_scratch[83075i + e_54];
      t447_scratch[42370i + e_54] = a_48 * a_49;
    }
    storageBarrier();
    for (var e_55: i32 = i32(loom_lid.x); e_55 < 1i; e_55 += 256i) {
      t447_scratch[43394i + e_55] = 1.0f;
    }
    storageBarrier();
    for (var e_56: i32 = i32(loom_lid.x); e_56 < 1024i; e_56 += 256i) {
      let a_50: f32 = t447_scratch[43394i];
      t447_scratch[43395i + e_56] = a_50;
    }
    storageBarrier();
    for (var e_57: i32 = i32(loom_lid.x); e_57 < 1024i; e_57 += 256i) {
      let a_51: f32 = t447_scratch[43395i + e_57];
      let a_52: f32 = t447_scratch[82051i + e_57];
      t447_scratch[44419i + e_57] = a_51 * a_52;
    }
    storageBarrier();
    for (var e_58: i32 = i32(loom_lid.x); e_58 < 1024i; e_58 += 256i) {
      let a_53: f32 = t447_scratch[42370i + e_58];
      let a_54: f32 = t447_scratch[38272i + e_58];
      t447_scratch[45443i + e_58] = a_53 * a_54;
    }
    storageBarrier();
    for (var e_59: i32 = i32(loom_lid.x); e_59 < 1024i; e_59 += 256i) {
      let a_55: f32 = t447_scratch[42370i + e_59];
      let l435_1: f32 = t431[134144i + t * 1024i + e_59 / 64i % 16i * 64i + e_59 % 64i];
      t447_scratch[46467i + e_59] = a_55 * l435_1;
    }
    storageBarrier();
    for (var e_60: i32 = i32(loom_lid.x); e_60 < 1024i; e_60 += 256i) {
      let a_56: f32 = t447_scratch[42370i + e_60];
      let a_57: f32 = t447_scratch[36224i + e_60];
      t447_scratch[47491i + e_60] = a_56 * a_57;
    }
    storageBarrier();
    for (var e_61: i32 = i32(loom_lid.x); e_61 < 1024i; e_61 += 256i) {
      let a_58: f32 = t447_scratch[46467i + e_61];
      let a_59: f32 = t447_scratch[36224i + e_61];
      t447_scratch[48515i + e_61] = a_58 * a_59;
    }
    storageBarrier();
    for (var e_62: i32 = i32(loom_lid.x); e_62 < 1024i; e_62 += 256i) {
      let a_60: f32 = t447_scratch[48515i + e_62];
      t447_scratch[49539i + e_62] = -a_60;
    }
    storageBarrier();
    for (var e_63: i32 = i32(loom_lid.x); e_63 < 64i; e_63 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 16i; r++) {
        let a_61: f32 = t447_scratch[49539i + (r % 16i * 64i + e_63 % 64i)];
        acc += a_61;
      }
      t447_scratch[50563i + e_63] = acc;
    }
    storageBarrier();
    for (var e_64: i32 = i32(loom_lid.x); e_64 < 64i; e_64 += 256i) {
      let a_62: f32 = t447_scratch[50563i + e_64];
      t447_scratch[50627i + e_64] = a_62;
    }
    storageBarrier();
    for (var e_65: i32 = i32(loom_lid.x); e_65 < 1024i; e_65 += 256i) {
      let a_63: f32 = t447_scratch[44419i + e_65];
      let l205_1: f32 = t205[e_65 / 64i % 16i * 4096i + t * 64i + e_65 % 64i];
      t447_scratch[50691i + e_65] = a_63 * l205_1;
    }
    storageBarrier();
    for (var e_66: i32 = i32(loom_lid.x); e_66 < 1024i; e_66 += 256i) {
      let a_64: f32 = t447_scratch[44419i + e_66];
      let a_65: f32 = t447_scratch[32064i + e_66];
      t447_scratch[51715i + e_66] = a_64 * a_65;
    }
    storageBarrier();
    for (var e_67: i32 = i32(loom_lid.x); e_67 < 1024i; e_67 += 256i) {
      let a_66: f32 = t447_scratch[50691i + e_67];
      let a_67: f32 = t447_scratch[32064i + e_67];
      t447_scratch[52739i + e_67] = a_66 * a_67;
    }
    storageBarrier();
    for (var e_68: i32 = i32(loom_lid.x); e_68 < 1024i; e_68 += 256i) {
      let a_68: f32 = t447_scratch[44419i + e_68];
      let l433_1: f32 = t431[68608i + t * 1024i + e_68 / 64i % 16i * 64i + e_68 % 64i];
      t447_scratch[53763i + e_68] = a_68 * l433_1;
    }
    storageBarrier();
    for (var e_69: i32 = i32(loom_lid.x); e_69 < 1024i; e_69 += 256i) {
      let a_69: f32 = t447_scratch[44419i + e_69];
      let a_70: f32 = t447_scratch[30016i + e_69];
      t447_scratch[54787i + e_69] = a_69 * a_70;
    }
    storageBarrier();
    for (var e_70: i32 = i32(loom_lid.x); e_70 < 1024i; e_70 += 256i) {
      let a_71: f32 = t447_scratch[53763i + e_70];
      let a_72: f32 = t447_scratch[30016i + e_70];
      t447_scratch[55811i + e_70] = a_71 * a_72;
    }
    storageBarrier();
    for (var e_71: i32 = i32(loom_lid.x); e_71 < 1024i; e_71 += 256i) {
      let a_73: f32 = t447_scratch[55811i + e_71];
      t447_scratch[56835i + e_71] = -a_73;
    }
    storageBarrier();
    for (var e_72: i32 = i32(loom_lid.x); e_72 < 64i; e_72 += 256i) {
      var acc_1: f32 = 0.0f;
      for (var r_1: i32 = 0i; r_1 < 16i; r_1++) {
        let a_74: f32 = t447_scratch[56835i + (r_1 % 16i * 64i + e_72 % 64i)];
        acc_1 += a_74;
      }
      t447_scratch[57859i + e_72] = acc_1;
    }
    storageBarrier();
    for (var e_73: i32 = i32(loom_lid.x); e_73 < 64i; e_73 += 256i) {
      let a_75: f32 = t447_scratch[57859i + e_73];
      t447_scratch[57923i + e_73] = a_75;
    }
    storageBarrier();
    for (var e_74: i32 = i32(loom_lid.x); e_74 < 1024i; e_74 += 256i) {
      let a_76: f32 = t447_scratch[40321i + e_74];
      let a_77: f32 = t447_scratch[20672i + e_74];
      t447_scratch[57987i + e_74] = a_76 / a_77;
    }
    storageBarrier();
    for (var e_75: i32 = i32(loom_lid.x); e_75 < 1024i; e_75 += 256i) {
      let a_78: f32 = t447_scratch[40321i + e_75];
      let a_79: f32 = t447_scratch[21696i + e_75];
      t447_scratch[59011i + e_75] = a_78 * a_79;
    }
    storageBarrier();
    for (var e_76: i32 = i32(loom_lid.x); e_76 < 1024i; e_76 += 256i) {
      let a_80: f32 = t447_scratch[59011i + e_76];
      let a_81: f32 = t447_scratch[20672i + e_76];
      t447_scratch[60035i + e_76] = a_80 / a_81;
    }
    storageBarrier();
    for (var e_77: i32 = i32(loom_lid.x); e_77 < 1024i; e_77 += 256i) {
      let a_82: f32 = t447_scratch[60035i + e_77];
      t447_scratch[61059i + e_77] = -a_82;
    }
    storageBarrier();
    for (var e_78: i32 = i32(loom_lid.x); e_78 < 1024i; e_78 += 256i) {
      let a_83: f32 = t447_scratch[61059i + e_78];
      let a_84: f32 = t447_scratch[19648i + e_78];
      t447_scratch[62083i + e_78] = a_83 * a_84;
    }
    storageBarrier();
    for (var e_79: i32 = i32(loom_lid.x); e_79 < 64i; e_79 += 256i) {
      var acc_2: f32 = 0.0f;
      for (var r_2: i32 = 0i; r_2 < 16i; r_2++) {
        let a_85: f32 = t447_scratch[62083i + (r_2 % 16i * 64i + e_79 % 64i)];
        acc_2 += a_85;
      }
      t447_scratch[63107i + e_79] = acc_2;
    }
    storageBarrier();
    for (var e_80: i32 = i32(loom_lid.x); e_80 < 64i; e_80 += 256i) {
      let a_86: f32 = t447_scratch[63107i + e_80];
      t447_scratch[63171i + e_80] = a_86;
    }
    storageBarrier();
    for (var e_81: i32 = i32(loom_lid.x); e_81 < 1024i; e_81 += 256i) {
      let a_87: f32 = t447_scratch[61059i + e_81];
      let l435_2: f32 = t431[134144i + t * 1024i + e_81 / 64i % 16i * 64i + e_81 % 64i];
      t447_scratch[63235i + e_81] = a_87 * l435_2;
    }
    storageBarrier();
    for (var e_82: i32 = i32(loom_lid.x); e_82 < 1024i; e_82 += 256i) {
      let a_88: f32 = t447_scratch[61059i + e_82];
      let a_89: f32 = t447_scratch[14464i + e_82];
      t447_scratch[64259i + e_82] = a_88 * a_89;
    }
    storageBarrier();
    for (var e_83: i32 = i32(loom_lid.x); e_83 < 1024i; e_83 += 256i) {
      let a_90: f32 = t447_scratch[63235i + e_83];
      let a_91: f32 = t447_scratch[14464i + e_83];
      t447_scratch[65283i + e_83] = a_90 * a_91;
    }
    storageBarrier();
    for (var e_84: i32 = i32(loom_lid.x); e_84 < 1024i; e_84 += 256i) {
      let a_92: f32 = t447_scratch[57987i + e_84];
      let l205_2: f32 = t205[e_84 / 64i % 16i * 4096i + t * 64i + e_84 % 64i];
      t447_scratch[66307i + e_84] = a_92 * l205_2;
    }
    storageBarrier();
    for (var e_85: i32 = i32(loom_lid.x); e_85 < 1024i; e_85 += 256i) {
      let a_93: f32 = t447_scratch[57987i + e_85];
      let a_94: f32 = t447_scratch[10368i + e_85];
      t447_scratch[67331i + e_85] = a_93 * a_94;
    }
    storageBarrier();
    for (var e_86: i32 = i32(loom_lid.x); e_86 < 1024i; e_86 += 256i) {
      let a_95: f32 = t447_scratch[66307i + e_86];
      let a_96: f32 = t447_scratch[10368i + e_86];
      t447_scratch[68355i + e_86] = a_95 * a_96;
    }
    storageBarrier();
    for (var e_87: i32 = i32(loom_lid.x); e_87 < 64i; e_87 += 256i) {
      var acc_3: f32 = 0.0f;
      for (var r_3: i32 = 0i; r_3 < 16i; r_3++) {
        let a_97: f32 = t447_scratch[68355i + (r_3 % 16i * 64i + e_87 % 64i)];
        acc_3 += a_97;
      }
      t447_scratch[69379i + e_87] = acc_3;
    }
    storageBarrier();
    for (var e_88: i32 = i32(loom_lid.x); e_88 < 64i; e_88 += 256i) {
      let a_98: f32 = t447_scratch[69379i + e_88];
      t447_scratch[69443i + e_88] = a_98;
    }
    storageBarrier();
    for (var e_89: i32 = i32(loom_lid.x); e_89 < 1024i; e_89 += 256i) {
      let a_99: f32 = t447_scratch[57987i + e_89];
      let l433_2: f32 = t431[68608i + t * 1024i + e_89 / 64i % 16i * 64i + e_89 % 64i];
      t447_scratch[69507i + e_89] = a_99 * l433_2;
    }
    storageBarrier();
    for (var e_90: i32 = i32(loom_lid.x); e_90 < 1024i; e_90 += 256i) {
      let a_100: f32 = t447_scratch[57987i + e_90];
      let a_101: f32 = t447_scratch[5184i + e_90];
      t447_scratch[70531i + e_90] = a_100 * a_101;
    }
    storageBarrier();
    for (var e_91: i32 = i32(loom_lid.x); e_91 < 1024i; e_91 += 256i) {
      let a_102: f32 = t447_scratch[69507i + e_91];
      let a_103: f32 = t447_scratch[5184i + e_91];
      t447_scratch[71555i + e_91] = a_102 * a_103;
    }
    storageBarrier();
    for (var e_92: i32 = i32(loom_lid.x); e_92 < 64i; e_92 += 256i) {
      let a_104: f32 = t447_scratch[50627i + e_92];
      let a_105: f32 = t447_scratch[57923i + e_92];
      t447_scratch[72579i + e_92] = a_104 + a_105;
    }
    storageBarrier();
    for (var e_93: i32 = i32(loom_lid.x); e_93 < 64i; e_93 += 256i) {
      let a_106: f32 = t447_scratch[63171i + e_93];
      let a_107: f32 = t447_scratch[69443i + e_93];
      t447_scratch[72643i + e_93] = a_106 + a_107;
    }
    storageBarrier();
    for (var e_94: i32 = i32(loom_lid.x); e_94 < 1024i; e_94 += 256i) {
      let a_108: f32 = t447_scratch[51715i + e_94];
      let a_109: f32 = t447_scratch[67331i + e_94];
      t447_scratch[72707i + e_94] = a_108 + a_109;
    }
    storageBarrier();
    for (var e_95: i32 = i32(loom_lid.x); e_95 < 1024i; e_95 += 256i) {
      let a_110: f32 = t447_scratch[45443i + e_95];
      let a_111: f32 = t447_scratch[52739i + e_95];
      t447_scratch[73731i + e_95] = a_110 + a_111;
    }
    storageBarrier();
    for (var e_96: i32 = i32(loom_lid.x); e_96 < 1024i; e_96 += 256i) {
      let a_112: f32 = t447_scratch[73731i + e_96];
      let a_113: f32 = t447_scratch[62083i + e_96];
      t447_scratch[74755i + e_96] = a_112 + a_113;
    }
    storageBarrier();
    for (var e_97: i32 = i32(loom_lid.x); e_97 < 1024i; e_97 += 256i) {
      let a_114: f32 = t447_scratch[74755i + e_97];
      let a_115: f32 = t447_scratch[68355i + e_97];
      t447_scratch[75779i + e_97] = a_114 + a_115;
    }
    storageBarrier();
    for (var e_98: i32 = i32(loom_lid.x); e_98 < 1024i; e_98 += 256i) {
      let a_116: f32 = t447_scratch[48515i + e_98];
      let a_117: f32 = t447_scratch[55811i + e_98];
      t447_scratch[76803i + e_98] = a_116 + a_117;
    }
    storageBarrier();
    for (var e_99: i32 = i32(loom_lid.x); e_99 < 1024i; e_99 += 256i) {
      let a_118: f32 = t447_scratch[76803i + e_99];
      let a_119: f32 = t447_scratch[65283i + e_99];
      t447_scratch[77827i + e_99] = a_118 + a_119;
    }
    storageBarrier();
    for (var e_100: i32 = i32(loom_lid.x); e_100 < 1024i; e_100 += 256i) {
      let a_120: f32 = t447_scratch[77827i + e_100];
      let a_121: f32 = t447_scratch[71555i + e_100];
      t447_scratch[78851i + e_100] = a_120 + a_121;
    }
    storageBarrier();
    for (var e_101: i32 = i32(loom_lid.x); e_101 < 1024i; e_101 += 256i) {
      let a_122: f32 = t447_scratch[47491i + e_101];
      let a_123: f32 = t447_scratch[64259i + e_101];
      t447_scratch[79875i + e_101] = a_122 + a_123;
    }
    storageBarrier();
    for (var e_102: i32 = i32(loom_lid.x); e_102 < 1024i; e_102 += 256i) {
      let a_124: f32 = t447_scratch[54787i + e_102];
      let a_125: f32 = t447_scratch[70531i + e_102];
      t447_scratch[80899i + e_102] = a_124 + a_125;
    }
    storageBarrier();
    for (var e_103: i32 = i32(loom_lid.x); e_103 < 64i; e_103 += 256i) {
      let a_126: f32 = t447_scratch[85123i + e_103];
      let a_127: f32 = t447_scratch[72643i + e_103];
      t447_scratch[81923i + e_103] = a_126 + a_127;
    }
    storageBarrier();
    for (var e_104: i32 = i32(loom_lid.x); e_104 < 64i; e_104 += 256i) {
      let a_128: f32 = t447_scratch[85187i + e_104];
      let a_129: f32 = t447_scratch[72579i + e_104];
      t447_scratch[81987i + e_104] = a_128 + a_129;
    }
    storageBarrier();
    for (var e_105: i32 = i32(loom_lid.x); e_105 < 1024i; e_105 += 256i) {
      t447[t * 1024i + e_105] = t447_scratch[75779i + e_105];
    }
    for (var e_106: i32 = i32(loom_lid.x); e_106 < 1024i; e_106 += 256i) {
      t447[65536i + t * 1024i + e_106] = t447_scratch[72707i + e_106];
    }
    for (var e_107: i32 = i32(loom_lid.x); e_107 < 1024i; e_107 += 256i) {
      t447_scratch[82051i + e_107] = t447_scratch[80899i + e_107];
    }
    for (var e_108: i32 = i32(loom_lid.x); e_108 < 1024i; e_108 += 256i) {
      t447_scratch[83075i + e_108] = t447_scratch[79875i + e_108];
    }
    for (var e_109: i32 = i32(loom_lid.x); e_109 < 1024i; e_109 += 256i) {
      t447_scratch[84099i + e_109] = t447_scratch[78851i + e_109];
    }
    for (var e_110: i32 = i32(loom_lid.x); e_110 < 64i; e_110 += 256i) {
      t447_scratch[85123i + e_110] = t447_scratch[81923i + e_110];
    }
    for (var e_111: i32 = i32(loom_lid.x); e_111 < 64i; e_111 += 256i) {
      t447_scratch[85187i + e_111] = t447_scratch[81987i + e_111];
    }
    storageBarrier();
  }
  for (var e_112: i32 = i32(loom_lid.x); e_112 < 1024i; e_112 += 256i) {
    t447[131072i + e_112] = t447_scratch[82051i + e_112];
  }
  for (var e_113: i32 = i32(loom_lid.x); e_113 < 1024i; e_113 += 256i) {
    t447[132096i + e_113] = t447_scratch[83075i + e_113];
  }
  for (var e_114: i32 = i32(loom_lid.x); e_114 < 1024i; e_114 += 256i) {
    t447[133120i + e_114] = t447_scratch[84099i + e_114];
  }
  for (var e_115: i32 = i32(loom_lid.x); e_115 < 64i; e_115 += 256i) {
    t447[134144i + e_115] = t447_scratch[85123i + e_115];
  }
  for (var e_116: i32 = i32(loom_lid.x); e_116 < 64i; e_116 += 256i) {
    t447[134208i + e_116] = t447_scratch[85187i + e_116];
  }
}
