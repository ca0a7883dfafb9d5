// kernel k91_scatter
@group(0) @binding(0) var<storage, read_write> t475: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t398: array<f32>;
@group(0) @binding(3) var<storage, read> t458: array<f32>;
@group(0) @binding(4) var<storage, read> t30: array<f32>;
@group(0) @binding(5) var<storage, read> t469: array<f32>;
@group(0) @binding(6) var<storage, read> t23: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l21: f32 = in_tokens[j];
    if (i32(l21) == i / 64i) {
      let l398: f32 = t398[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l458: f32 = t458[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l31: f32 = t30[j / 64i * 64i + j % 64i];
      let v462: f32 = l458 * l31;
      let v472: f32 = l398 + v462;
      let l470: f32 = t469[j / 64i * 64i + j % 64i];
      let l23: f32 = t23[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v471: f32 = l470 * l23;
      let v473: f32 = v472 + v471;
      let v474: f32 = v473 + v471;
      acc += v474;
    }
  }
  t475[i] = acc;
}
