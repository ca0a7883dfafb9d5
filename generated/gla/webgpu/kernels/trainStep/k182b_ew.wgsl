// kernel k182b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t1142: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1145: array<f32>;
@group(0) @binding(4) var<storage, read> t413: array<f32>;
@group(0) @binding(5) var<storage, read> t890: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1398: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k182b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l10: f32 = p_layers_0_attn_norm_g_1[i];
    let x1142: f32 = t1142[i];
    let l1143: f32 = t899[0i];
    let v1144: f32 = x1142 * l1143;
    let v1145: f32 = l10 - v1144;
    t1145[i] = v1145;
    let l414: f32 = t413[i];
    let l1122: f32 = t890[0i];
    let v1398: f32 = l414 * l1122;
    t1398[i] = v1398;
  }
}
