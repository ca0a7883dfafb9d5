// kernel k56_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t319: array<f32>;
@group(0) @binding(1) var<storage, read> t306: array<f32>;
@group(0) @binding(2) var<storage, read> t313: array<f32>;
@group(0) @binding(3) var<storage, read> t315: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k56_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l306: f32 = t306[j];
    if (i32(l306) == i / 64i) {
      let l313: f32 = t313[j * 64i + i % 64i];
      let l317: f32 = t315[j];
      let v318: f32 = l313 * l317;
      acc += v318;
    }
  }
  t319[i] = acc;
}
