// kernel k31_concat (dsl-examples/mla.loom:18:9)
@group(0) @binding(0) var<storage, read> t196: array<f32>;
@group(0) @binding(1) var<storage, read_write> t216: array<f32>;
@group(0) @binding(2) var<storage, read> t214: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 96i) {
    if (i % 24i < 16i) {
      let l199: f32 = t196[i / 24i * 24i + i % 24i];
      t216[i] = l199;
    } else {
      let l215: f32 = t214[i / 24i * 8i + i % 24i + -16i];
      t216[i] = l215;
    }
  }
}
