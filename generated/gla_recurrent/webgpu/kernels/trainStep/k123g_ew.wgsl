// kernel k123g_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t952: array<f32>;
@group(0) @binding(2) var<storage, read> t675: array<f32>;
@group(0) @binding(3) var<storage, read_write> t954: array<f32>;
@group(0) @binding(4) var<storage, read> t366: array<f32>;
@group(0) @binding(5) var<storage, read> t666: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1024: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_layers_0_mlp_norm_g[i];
    let x952: f32 = t952[i];
    let l734: f32 = t675[0i];
    let v953: f32 = x952 * l734;
    let v954: f32 = l12 - v953;
    t954[i] = v954;
    let l367: f32 = t366[i];
    let l711: f32 = t666[0i];
    let v1024: f32 = l367 * l711;
    t1024[i] = v1024;
  }
}
