// kernel k128o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1148: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1157: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1153: array<f32>;
@group(0) @binding(5) var<storage, read> t746: array<f32>;
@group(0) @binding(6) var<storage, read> t745: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1163: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1150: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1154: f32 = l1150 * 0.95f;
    let x1148: f32 = t1148[i];
    let v1155: f32 = x1148 * x1148;
    let v1156: f32 = v1155 * 0.05f;
    let v1157: f32 = v1154 + v1156;
    t1157[i] = v1157;
    let l21: f32 = p_blocks_1_ln2_b[i];
    let x1153: f32 = t1153[i];
    let v1158: f32 = sqrt(v1157);
    let l824: f32 = t746[0i];
    let v1159: f32 = v1158 / l824;
    let v1160: f32 = v1159 + 1e-8f;
    let v1161: f32 = x1153 / v1160;
    let l830: f32 = t745[0i];
    let v1162: f32 = v1161 * l830;
    let v1163: f32 = l21 - v1162;
    t1163[i] = v1163;
  }
}
