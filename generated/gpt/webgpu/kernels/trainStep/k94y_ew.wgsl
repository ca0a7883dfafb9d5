// kernel k94y_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1144: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1153: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1149: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1159: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1146: f32 = p_optim_v_blocks_1_attn_wo_b[i];
    let v1150: f32 = l1146 * 0.95f;
    let x1144: f32 = t1144[i];
    let v1151: f32 = x1144 * x1144;
    let v1152: f32 = v1151 * 0.05f;
    let v1153: f32 = v1150 + v1152;
    t1153[i] = v1153;
    let l27: f32 = p_blocks_1_attn_wo_b[i];
    let x1149: f32 = t1149[i];
    let v1154: f32 = sqrt(v1153);
    let l724: f32 = t646[0i];
    let v1155: f32 = v1154 / l724;
    let v1156: f32 = v1155 + 1e-8f;
    let v1157: f32 = x1149 / v1156;
    let l730: f32 = t645[0i];
    let v1158: f32 = v1157 * l730;
    let v1159: f32 = l27 - v1158;
    t1159[i] = v1159;
  }
}
