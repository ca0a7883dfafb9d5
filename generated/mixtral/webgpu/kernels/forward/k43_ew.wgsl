// kernel k43_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t219: array<f32>;
@group(0) @binding(1) var<storage, read_write> t224: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k43_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l219: f32 = t219[i];
    let v222: f32 = l219 / 2.0f;
    let v223: f32 = floor(v222);
    let v224: f32 = select(floor(v223), -floor(-v223), v223 < 0.0f);
    t224[i] = v224;
  }
}
