// kernel k24_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t158: array<f32>;
@group(0) @binding(1) var<storage, read_write> t164: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 2i < 1i) {
    let l159: f32 = t158[i / 1024i * 512i + i / 16i % 64i * 8i + i / 2i % 8i];
    t164[i] = l159;
  } else {
    let l163: f32 = t162[i / 1024i * 512i + i / 16i % 64i * 8i + i / 2i % 8i];
    t164[i] = l163;
  }
}
