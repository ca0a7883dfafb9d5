// kernel k94b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t728: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t732: array<f32>;
@group(0) @binding(4) var<storage, read> t440: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t733: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2: f32 = p_blocks_0_ln1_g[i];
    let x728: f32 = t728[i];
    let l730: f32 = t645[0i];
    let v731: f32 = x728 * l730;
    let v732: f32 = l2 - v731;
    t732[i] = v732;
    let l441: f32 = t440[i];
    let l707: f32 = t636[0i];
    let v733: f32 = l441 * l707;
    t733[i] = v733;
  }
}
