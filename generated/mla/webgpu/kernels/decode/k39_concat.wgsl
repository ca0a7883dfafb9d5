// kernel k39_concat (dsl-examples/mla.loom:25:9)
@group(0) @binding(0) var<storage, read> t250: array<f32>;
@group(0) @binding(1) var<storage, read_write> t255: array<f32>;
@group(0) @binding(2) var<storage, read> t249: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 24i < 16i) {
    let l253: f32 = t250[i / 1536i * 32i + i / 24i % 64i * 128i + i % 24i];
    t255[i] = l253;
  } else {
    let l254: f32 = t249[i / 24i % 64i * 8i + i % 24i + -16i];
    t255[i] = l254;
  }
}
