// kernel k36_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t216: array<f32>;
@group(0) @binding(1) var<storage, read> t203: array<f32>;
@group(0) @binding(2) var<storage, read> t210: array<f32>;
@group(0) @binding(3) var<storage, read> t212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    var acc: f32 = 0.0f;
    for (var j: i32 = 0i; j < 2i; j++) {
      let l203: f32 = t203[j];
      if (i32(l203) == i / 64i) {
        let l210: f32 = t210[j * 64i + i];
        let l214: f32 = t212[j];
        let v215: f32 = l210 * l214;
        acc += v215;
      }
    }
    t216[i] = acc;
  }
}
