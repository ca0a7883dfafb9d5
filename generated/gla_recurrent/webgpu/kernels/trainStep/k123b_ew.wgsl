// kernel k123b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t732: array<f32>;
@group(0) @binding(2) var<storage, read> t675: array<f32>;
@group(0) @binding(3) var<storage, read_write> t736: array<f32>;
@group(0) @binding(4) var<storage, read> t471: array<f32>;
@group(0) @binding(5) var<storage, read> t666: array<f32>;
@group(0) @binding(6) var<storage, read_write> t849: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x732: f32 = t732[i];
    let l734: f32 = t675[0i];
    let v735: f32 = x732 * l734;
    let v736: f32 = l1 - v735;
    t736[i] = v736;
    let l472: f32 = t471[i];
    let l711: f32 = t666[0i];
    let v849: f32 = l472 * l711;
    t849[i] = v849;
  }
}
