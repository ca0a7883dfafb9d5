// kernel k94q_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1009: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1011: array<f32>;
@group(0) @binding(4) var<storage, read> t343: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1012: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l18: f32 = p_blocks_1_ln1_g[i];
    let x1009: f32 = t1009[i];
    let l730: f32 = t645[0i];
    let v1010: f32 = x1009 * l730;
    let v1011: f32 = l18 - v1010;
    t1011[i] = v1011;
    let l344: f32 = t343[i];
    let l707: f32 = t636[0i];
    let v1012: f32 = l344 * l707;
    t1012[i] = v1012;
  }
}
