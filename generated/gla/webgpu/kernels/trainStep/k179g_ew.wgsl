// kernel k179g_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t849: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1128: array<f32>;
@group(0) @binding(4) var<storage, read> t497: array<f32>;
@group(0) @binding(5) var<storage, read> t840: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1198: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_layers_0_mlp_norm_g[i];
    let x1126: f32 = t1126[i];
    let l908: f32 = t849[0i];
    let v1127: f32 = x1126 * l908;
    let v1128: f32 = l12 - v1127;
    t1128[i] = v1128;
    let l498: f32 = t497[i];
    let l885: f32 = t840[0i];
    let v1198: f32 = l498 * l885;
    t1198[i] = v1198;
  }
}
