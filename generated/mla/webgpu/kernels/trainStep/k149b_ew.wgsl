// kernel k149b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t822: array<f32>;
@group(0) @binding(2) var<storage, read> t765: array<f32>;
@group(0) @binding(3) var<storage, read_write> t826: array<f32>;
@group(0) @binding(4) var<storage, read> t486: array<f32>;
@group(0) @binding(5) var<storage, read> t756: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1005: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x822: f32 = t822[i];
    let l824: f32 = t765[0i];
    let v825: f32 = x822 * l824;
    let v826: f32 = l1 - v825;
    t826[i] = v826;
    let l487: f32 = t486[i];
    let l801: f32 = t756[0i];
    let v1005: f32 = l487 * l801;
    t1005[i] = v1005;
  }
}
