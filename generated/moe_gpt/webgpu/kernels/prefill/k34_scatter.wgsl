// kernel k34_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t200: array<f32>;
@group(0) @binding(1) var<storage, read> t187: array<f32>;
@group(0) @binding(2) var<storage, read> t194: array<f32>;
@group(0) @binding(3) var<storage, read> t196: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l187: f32 = t187[j];
    if (i32(l187) == i / 64i) {
      let l194: f32 = t194[j * 64i + i % 64i];
      let l198: f32 = t196[j];
      let v199: f32 = l194 * l198;
      acc += v199;
    }
  }
  t200[i] = acc;
}
