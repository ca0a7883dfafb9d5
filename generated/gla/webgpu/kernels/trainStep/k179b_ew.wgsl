// kernel k179b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t906: array<f32>;
@group(0) @binding(2) var<storage, read> t849: array<f32>;
@group(0) @binding(3) var<storage, read_write> t910: array<f32>;
@group(0) @binding(4) var<storage, read> t643: array<f32>;
@group(0) @binding(5) var<storage, read> t840: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1023: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x906: f32 = t906[i];
    let l908: f32 = t849[0i];
    let v909: f32 = x906 * l908;
    let v910: f32 = l1 - v909;
    t910[i] = v910;
    let l644: f32 = t643[i];
    let l885: f32 = t840[0i];
    let v1023: f32 = l644 * l885;
    t1023[i] = v1023;
  }
}
