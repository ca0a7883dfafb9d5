// kernel k24_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t155: array<f32>;
@group(0) @binding(1) var<storage, read_write> t161: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l155: f32 = t155[i];
    let v159: f32 = l155 / 2.0f;
    let v160: f32 = floor(v159);
    let v161: f32 = select(floor(v160), -floor(-v160), v160 < 0.0f);
    t161[i] = v161;
  }
}
