// kernel k126b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t918: array<f32>;
@group(0) @binding(2) var<storage, read> t675: array<f32>;
@group(0) @binding(3) var<storage, read_write> t921: array<f32>;
@group(0) @binding(4) var<storage, read> t301: array<f32>;
@group(0) @binding(5) var<storage, read> t666: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1174: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l10: f32 = p_layers_0_attn_norm_g_1[i];
    let x918: f32 = t918[i];
    let l919: f32 = t675[0i];
    let v920: f32 = x918 * l919;
    let v921: f32 = l10 - v920;
    t921[i] = v921;
    let l302: f32 = t301[i];
    let l898: f32 = t666[0i];
    let v1174: f32 = l302 * l898;
    t1174[i] = v1174;
  }
}
