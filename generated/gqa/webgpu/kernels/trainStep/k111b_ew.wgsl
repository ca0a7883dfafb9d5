// kernel k111b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t650: array<f32>;
@group(0) @binding(2) var<storage, read> t593: array<f32>;
@group(0) @binding(3) var<storage, read_write> t654: array<f32>;
@group(0) @binding(4) var<storage, read> t384: array<f32>;
@group(0) @binding(5) var<storage, read> t584: array<f32>;
@group(0) @binding(6) var<storage, read_write> t741: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x650: f32 = t650[i];
    let l652: f32 = t593[0i];
    let v653: f32 = x650 * l652;
    let v654: f32 = l1 - v653;
    t654[i] = v654;
    let l385: f32 = t384[i];
    let l629: f32 = t584[0i];
    let v741: f32 = l385 * l629;
    t741[i] = v741;
  }
}
