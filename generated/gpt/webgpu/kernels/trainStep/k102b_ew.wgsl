// kernel k102b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t937: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t939: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k102b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_blocks_0_ln2_g[i];
    let x937: f32 = t937[i];
    let l773: f32 = t688[0i];
    let v938: f32 = x937 * l773;
    let v939: f32 = l12 - v938;
    t939[i] = v939;
  }
}
