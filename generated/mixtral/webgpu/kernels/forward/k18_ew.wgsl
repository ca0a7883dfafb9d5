// kernel k18_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t122: array<f32>;
@group(0) @binding(1) var<storage, read_write> t128: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k18_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l122: f32 = t122[i];
    let v126: f32 = l122 / 2.0f;
    let v127: f32 = floor(v126);
    let v128: f32 = select(floor(v127), -floor(-v127), v127 < 0.0f);
    t128[i] = v128;
  }
}
