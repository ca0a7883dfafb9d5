// kernel k10_scan (compiler/std/ssm.loom:65:10)
@group(0) @binding(0) var<storage, read_write> t107: array<f32>;
@group(0) @binding(1) var<storage, read_write> t107_scratch: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_att_time_first: array<f32>;
@group(0) @binding(3) var<storage, read> t94: array<f32>;
@group(0) @binding(4) var<storage, read> t103: array<f32>;
@group(0) @binding(5) var<storage, read> t84: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k10_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 1024i; e += 256i) {
    t107_scratch[44416i + e] = 0.0f;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 1024i; e_1 += 256i) {
    t107_scratch[45440i + e_1] = 0.0f;
  }
  for (var e_2: i32 = i32(loom_lid.x); e_2 < 1024i; e_2 += 256i) {
    t107_scratch[46464i + e_2] = -1e+38f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = step;
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 64i; e_3 += 256i) {
      let l6: f32 = p_blocks_0_att_time_first[e_3 % 64i];
      t107_scratch[e_3] = l6;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 1024i; e_4 += 256i) {
      let a: f32 = t107_scratch[e_4 % 64i];
      t107_scratch[64i + e_4] = a;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 1024i; e_5 += 256i) {
      let a_1: f32 = t107_scratch[64i + e_5];
      let l94: f32 = t94[e_5 / 64i % 16i * 4096i + t * 64i + e_5 % 64i];
      t107_scratch[1088i + e_5] = a_1 + l94;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 1024i; e_6 += 256i) {
      let a_2: f32 = t107_scratch[46464i + e_6];
      let a_3: f32 = t107_scratch[1088i + e_6];
      t107_scratch[2112i + e_6] = max(a_2, a_3);
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 1024i; e_7 += 256i) {
      let a_4: f32 = t107_scratch[2112i + e_7];
      t107_scratch[3136i + e_7] = a_4;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 1024i; e_8 += 256i) {
      let a_5: f32 = t107_scratch[46464i + e_8];
      let a_6: f32 = t107_scratch[3136i + e_8];
      t107_scratch[4160i + e_8] = a_5 - a_6;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 1024i; e_9 += 256i) {
      let a_7: f32 = t107_scratch[4160i + e_9];
      t107_scratch[5184i + e_9] = exp(a_7);
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 1024i; e_10 += 256i) {
      let a_8: f32 = t107_scratch[5184i + e_10];
      let a_9: f32 = t107_scratch[44416i + e_10];
      t107_scratch[6208i + e_10] = a_8 * a_9;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 64i; e_11 += 256i) {
      let l6_1: f32 = p_blocks_0_att_time_first[e_11 % 64i];
      t107_scratch[7232i + e_11] = l6_1;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1024i; e_12 += 256i) {
      let a_10: f32 = t107_scratch[7232i + e_12 % 64i];
      t107_scratch[7296i + e_12] = a_10;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 1024i; e_13 += 256i) {
      let a_11: f32 = t107_scratch[7296i + e_13];
      let l94_1: f32 = t94[e_13 / 64i % 16i * 4096i + t * 64i + e_13 % 64i];
      t107_scratch[8320i + e_13] = a_11 + l94_1;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 1024i; e_14 += 256i) {
      let a_12: f32 = t107_scratch[8320i + e_14];
      let a_13: f32 = t107_scratch[3136i + e_14];
      t107_scratch[9344i + e_14] = a_12 - a_13;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 1024i; e_15 += 256i) {
      let a_14: f32 = t107_scratch[9344i + e_15];
      t107_scratch[10368i + e_15] = exp(a_14);
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 1024i; e_16 += 256i) {
      let a_15: f32 = t107_scratch[10368i + e_16];
      let l103: f32 = t103[e_16 / 64i % 16i * 4096i + t * 64i + e_16 % 64i];
      t107_scratch[11392i + e_16] = a_15 * l103;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 1024i; e_17 += 256i) {
      let a_16: f32 = t107_scratch[6208i + e_17];
      let a_17: f32 = t107_scratch[11392i + e_17];
      t107_scratch[12416i + e_17] = a_16 + a_17;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 1024i; e_18 += 256i) {
      let a_18: f32 = t107_scratch[46464i + e_18];
      let a_19: f32 = t107_scratch[3136i + e_18];
      t107_scratch[13440i + e_18] = a_18 - a_19;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 1024i; e_19 += 256i) {
      let a_20: f32 = t107_scratch[13440i + e_19];
      t107_scratch[14464i + e_19] = exp(a_20);
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 1024i; e_20 += 256i) {
      let a_21: f32 = t107_scratch[14464i + e_20];
      let a_22: f32 = t107_scratch[45440i + e_20];
      t107_scratch[15488i + e_20] = a_21 * a_22;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 64i; e_21 += 256i) {
      let l6_2: f32 = p_blocks_0_att_time_first[e_21 % 64i];
      t107_scratch[16512i + e_21] = l6_2;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 1024i; e_22 += 256i) {
      let a_23: f32 = t107_scratch[16512i + e_22 % 64i];
      t107_scratch[16576i + e_22] = a_23;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 1024i; e_23 += 256i) {
      let a_24: f32 = t107_scratch[16576i + e_23];
      let l94_2: f32 = t94[e_23 / 64i % 16i * 4096i + t * 64i + e_23 % 64i];
      t107_scratch[17600i + e_23] = a_24 + l94_2;
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 1024i; e_24 += 256i) {
      let a_25: f32 = t107_scratch[17600i + e_24];
      let a_26: f32 = t107_scratch[3136i + e_24];
      t107_scratch[18624i + e_24] = a_25 - a_26;
    }
    storageBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 1024i; e_25 += 256i) {
      let a_27: f32 = t107_scratch[18624i + e_25];
      t107_scratch[19648i + e_25] = exp(a_27);
    }
    storageBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 1024i; e_26 += 256i) {
      let a_28: f32 = t107_scratch[15488i + e_26];
      let a_29: f32 = t107_scratch[19648i + e_26];
      t107_scratch[20672i + e_26] = a_28 + a_29;
    }
    storageBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 1024i; e_27 += 256i) {
      let a_30: f32 = t107_scratch[12416i + e_27];
      let a_31: f32 = t107_scratch[20672i + e_27];
      t107_scratch[21696i + e_27] = a_30 / a_31;
    }
    storageBarrier();
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 64i; e_28 += 256i) {
      let l84: f32 = t84[e_28 % 64i];
      t107_scratch[22720i + e_28] = l84;
    }
    storageBarrier();
    for (var e_29: i32 = i32(loom_lid.x); e_29 < 1024i; e_29 += 256i) {
      let a_32: f32 = t107_scratch[22720i + e_29 % 64i];
      t107_scratch[22784i + e_29] = a_32;
    }
    storageBarrier();
    for (var e_30: i32 = i32(loom_lid.x); e_30 < 1024i; e_30 += 256i) {
      let a_33: f32 = t107_scratch[46464i + e_30];
      let a_34: f32 = t107_scratch[22784i + e_30];
      t107_scratch[23808i + e_30] = a_33 - a_34;
    }
    storageBarrier();
    for (var e_31: i32 = i32(loom_lid.x); e_31 < 1024i; e_31 += 256i) {
      let a_35: f32 = t107_scratch[23808i + e_31];
      let l94_3: f32 = t94[e_31 / 64i % 16i * 4096i + t * 64i + e_31 % 64i];
      t107_scratch[24832i + e_31] = max(a_35, l94_3);
    }
    storageBarrier();
    for (var e_32: i32 = i32(loom_lid.x); e_32 < 1024i; e_32 += 256i) {
      let a_36: f32 = t107_scratch[24832i + e_32];
      t107_scratch[25856i + e_32] = a_36;
    }
    storageBarrier();
    for (var e_33: i32 = i32(loom_lid.x); e_33 < 64i; e_33 += 256i) {
      let l84_1: f32 = t84[e_33 % 64i];
      t107_scratch[26880i + e_33] = l84_1;
    }
    storageBarrier();
    for (var e_34: i32 = i32(loom_lid.x); e_34 < 1024i; e_34 += 256i) {
      let a_37: f32 = t107_scratch[26880i + e_34 % 64i];
      t107_scratch[26944i + e_34] = a_37;
    }
    storageBarrier();
    for (var e_35: i32 = i32(loom_lid.x); e_35 < 1024i; e_35 += 256i) {
      let a_38: f32 = t107_scratch[46464i + e_35];
      let a_39: f32 = t107_scratch[26944i + e_35];
      t107_scratch[27968i + e_35] = a_38 - a_39;
    }
    storageBarrier();
    for (var e_36: i32 = i32(loom_lid.x); e_36 < 1024i; e_36 += 256i) {
      let a_40: f32 = t107_scratch[27968i + e_36];
      let a_41: f32 = t107_scratch[25856i + e_36];
      t107_scratch[28992i + e_36] = a_40 - a_41;
    }
    storageBarrier();
    for (var e_37: i32 = i32(loom_lid.x); e_37 < 1024i; e_37 += 256i) {
      let a_42: f32 = t107_scratch[28992i + e_37];
      t107_scratch[30016i + e_37] = exp(a_42);
    }
    storageBarrier();
    for (var e_38: i32 = i32(loom_lid.x); e_38 < 1024i; e_38 += 256i) {
      let a_43: f32 = t107_scratch[30016i + e_38];
      let a_44: f32 = t107_scratch[44416i + e_38];
      t107_scratch[31040i + e_38] = a_43 * a_44;
    }
    storageBarrier();
    for (var e_39: i32 = i32(loom_lid.x); e_39 < 1024i; e_39 += 256i) {
      let l94_4: f32 = t94[e_39 / 64i % 16i * 4096i + t * 64i + e_39 % 64i];
      let a_45: f32 = t107_scratch[25856i + e_39];
      t107_scratch[32064i + e_39] = l94_4 - a_45;
    }
    storageBarrier();
    for (var e_40: i32 = i32(loom_lid.x); e_40 < 1024i; e_40 += 256i) {
      let a_46: f32 = t107_scratch[32064i + e_40];
      t107_scratch[33088i + e_40] = exp(a_46);
    }
    storageBarrier();
    for (var e_41: i32 = i32(loom_lid.x); e_41 < 1024i; e_41 += 256i) {
      let a_47: f32 = t107_scratch[33088i + e_41];
      let l103_1: f32 = t103[e_41 / 64i % 16i * 4096i + t * 64i + e_41 % 64i];
      t107_scratch[34112i + e_41] = a_47 * l103_1;
    }
    storageBarrier();
    for (var e_42: i32 = i32(loom_lid.x); e_42 < 1024i; e_42 += 256i) {
      let a_48: f32 = t107_scratch[31040i + e_42];
      let a_49: f32 = t107_scratch[34112i + e_42];
      t107_scratch[35136i + e_42] = a_48 + a_49;
    }
    storageBarrier();
    for (var e_43: i32 = i32(loom_lid.x); e_43 < 64i; e_43 += 256i) {
      let l84_2: f32 = t84[e_43 % 64i];
      t107_scratch[36160i + e_43] = l84_2;
    }
    storageBarrier();
    for (var e_44: i32 = i32(loom_lid.x); e_44 < 1024i; e_44 += 256i) {
      let a_50: f32 = t107_scratch[36160i + e_44 % 64i];
      t107_scratch[36224i + e_44] = a_50;
    }
    storageBarrier();
    for (var e_45: i32 = i32(loom_lid.x); e_45 < 1024i; e_45 += 256i) {
      let a_51: f32 = t107_scratch[46464i + e_45];
      let a_52: f32 = t107_scratch[36224i + e_45];
      t107_scratch[37248i + e_45] = a_51 - a_52;
    }
    storageBarrier();
    for (var e_46: i32 = i32(loom_lid.x); e_46 < 1024i; e_46 += 256i) {
      let a_53: f32 = t107_scratch[37248i + e_46];
      let a_54: f32 = t107_scratch[25856i + e_46];
      t107_scratch[38272i + e_46] = a_53 - a_54;
    }
    storageBarrier();
    for (var e_47: i32 = i32(loom_lid.x); e_47 < 1024i; e_47 += 256i) {
      let a_55: f32 = t107_scratch[38272i + e_47];
      t107_scratch[39296i + e_47] = exp(a_55);
    }
    storageBarrier();
    for (var e_48: i32 = i32(loom_lid.x); e_48 < 1024i; e_48 += 256i) {
      let a_56: f32 = t107_scratch[39296i + e_48];
      let a_57: f32 = t107_scratch[45440i + e_48];
      t107_scratch[40320i + e_48] = a_56 * a_57;
    }
    storageBarrier();
    for (var e_49: i32 = i32(loom_lid.x); e_49 < 1024i; e_49 += 256i) {
      let l94_5: f32 = t94[e_49 / 64i % 16i * 4096i + t * 64i + e_49 % 64i];
      let a_58: f32 = t107_scratch[25856i + e_49];
      t107_scratch[41344i + e_49] = l94_5 - a_58;
    }
    storageBarrier();
    for (var e_50: i32 = i32(loom_lid.x); e_50 < 1024i; e_50 += 256i) {
      let a_59: f32 = t107_scratch[41344i + e_50];
      t107_scratch[42368i + e_50] = exp(a_59);
    }
    storageBarrier();
    for (var e_51: i32 = i32(loom_lid.x); e_51 < 1024i; e_51 += 256i) {
      let a_60: f32 = t107_scratch[40320i + e_51];
      let a_61: f32 = t107_scratch[42368i + e_51];
      t107_scratch[43392i + e_51] = a_60 + a_61;
    }
    storageBarrier();
    for (var e_52: i32 = i32(loom_lid.x); e_52 < 1024i; e_52 += 256i) {
      t107[t * 1024i + e_52] = t107_scratch[21696i + e_52];
    }
    for (var e_53: i32 = i32(loom_lid.x); e_53 < 1024i; e_53 += 256i) {
      t107_scratch[44416i + e_53] = t107_scratch[35136i + e_53];
    }
    for (var e_54: i32 = i32(loom_lid.x); e_54 < 1024i; e_54 += 256i) {
      t107_scratch[45440i + e_54] = t107_scratch[43392i + e_54];
    }
    for (var e_55: i32 = i32(loom_lid.x); e_55 < 1024i; e_55 += 256i) {
      t107_scratch[46464i + e_55] = t107_scratch[25856i + e_55];
    }
    storageBarrier();
  }
  for (var e_56: i32 = i32(loom_lid.x); e_56 < 1024i; e_56 += 256i) {
    t107[65536i + e_56] = t107_scratch[44416i + e_56];
  }
  for (var e_57: i32 = i32(loom_lid.x); e_57 < 1024i; e_57 += 256i) {
    t107[66560i + e_57] = t107_scratch[45440i + e_57];
  }
  for (var e_58: i32 = i32(loom_lid.x); e_58 < 1024i; e_58 += 256i) {
    t107[67584i + e_58] = t107_scratch[46464i + e_58];
  }
}
