// kernel k79_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t492: array<f32>;
@group(0) @binding(2) var<storage, read_write> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t650: array<f32>;
@group(0) @binding(4) var<storage, read_write> t675: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k79_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l472: f32 = in_step[0i];
    let v491: bool = l472 < 20.0f;
    let v473: f32 = l472 + 1.0f;
    let v475: f32 = v473 * 0.00015f;
    let v477: f32 = l472 - 20.0f;
    let v479: f32 = v477 / 980.0f;
    let v481: f32 = max(v479, 0.0f);
    let v482: f32 = min(v481, 1.0f);
    let v484: f32 = v482 * 3.1415927f;
    let v485: f32 = cos(v484);
    let v486: f32 = v485 + 1.0f;
    let v488: f32 = v486 * 0.00135f;
    let v490: f32 = v488 + 0.0003f;
    let v492: f32 = select(v490, v475, v491);
    t492[0i] = v492;
    let v642: f32 = v473 * -0.105360515f;
    let v643: f32 = exp(v642);
    let v644: f32 = 1.0f - v643;
    let v649: f32 = v492 / v644;
    t649[0i] = v649;
    let v646: f32 = v473 * -0.051293295f;
    let v647: f32 = exp(v646);
    let v648: f32 = 1.0f - v647;
    let v650: f32 = sqrt(v648);
    t650[0i] = v650;
    let v674: f32 = v492 * 0.1f;
    let v675: f32 = 1.0f - v674;
    t675[0i] = v675;
  }
}
