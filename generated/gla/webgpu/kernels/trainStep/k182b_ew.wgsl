// kernel k182b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t1092: array<f32>;
@group(0) @binding(2) var<storage, read> t849: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1095: array<f32>;
@group(0) @binding(4) var<storage, read> t388: array<f32>;
@group(0) @binding(5) var<storage, read> t840: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1348: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k182b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l10: f32 = p_layers_0_attn_norm_g_1[i];
    let x1092: f32 = t1092[i];
    let l1093: f32 = t849[0i];
    let v1094: f32 = x1092 * l1093;
    let v1095: f32 = l10 - v1094;
    t1095[i] = v1095;
    let l389: f32 = t388[i];
    let l1072: f32 = t840[0i];
    let v1348: f32 = l389 * l1072;
    t1348[i] = v1348;
  }
}
